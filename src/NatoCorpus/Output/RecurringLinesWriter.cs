using System.Globalization;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NatoCorpus.Output;

/// <summary>Writes the reviewable data file of lines that recur across a corpus (`natocorpus recurring`).</summary>
public static class RecurringLinesWriter
{
    public static string Write(IEnumerable<(string Line, int Texts)> lines, int textCount, int minTexts)
    {
        var text = new StringBuilder();
        text.Append("# Lines found verbatim in at least ").Append(minTexts.ToString(CultureInfo.InvariantCulture))
            .Append(" of the ").Append(textCount.ToString(CultureInfo.InvariantCulture)).Append(" texts of this corpus: site furniture.\n")
            .Append("# Written by `natocorpus recurring`. Review it: delete any line that is article text, then list this\n")
            .Append("# file under `data:` in natocorpus.yaml; normalize then takes these lines out of every body (NC110).\n");
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(writer, new EmitterSettings(2, int.MaxValue, false, 1024, false, false, "\n"));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        emitter.Emit(new MappingStart());
        emitter.Emit(new Scalar("recurring_lines"));
        emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Block));
        foreach (var (line, texts) in lines)
        {
            emitter.Emit(new MappingStart());
            emitter.Emit(new Scalar("line"));
            // Double quotes always: a menu line can look like a number, a date or YAML syntax.
            emitter.Emit(new Scalar(null, null, line, ScalarStyle.DoubleQuoted, true, true));
            emitter.Emit(new Scalar("texts"));
            emitter.Emit(new Scalar(texts.ToString(CultureInfo.InvariantCulture)));
            emitter.Emit(new MappingEnd());
        }
        emitter.Emit(new SequenceEnd());
        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        var yaml = writer.ToString();
        return text.Append(yaml).Append(yaml.EndsWith('\n') ? "" : "\n").ToString();
    }
}
