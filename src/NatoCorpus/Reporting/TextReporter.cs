using NatoCorpus.Pipeline;
using NatoCorpus.Rules;
using NatoCorpus.Text;

namespace NatoCorpus.Reporting;

/// <summary>Compiler-style lines with the source line and a caret under the span, then a summary.</summary>
public sealed class TextReporter(bool color) : IReporter
{
    public void File(TextWriter output, FileReport file)
    {
        if (file.Error is { } error)
        {
            output.WriteLine($"{Paint(error.Path, "1")}:{error.Line}:{error.Column}: {Paint("error", "31;1")}: {error.Message}");
            return;
        }
        var source = file.Diagnostics.Count > 0 ? file.GetSource() : null;
        foreach (var diagnostic in file.Diagnostics)
        {
            var severity = diagnostic.Severity.ToString().ToLowerInvariant();
            var severityColor = diagnostic.Severity switch { Severity.Error => "31;1", Severity.Warning => "33;1", _ => "36" };
            var note = diagnostic.FixedByNormalize ? Paint(" [fixed by normalize]", "32") : diagnostic.Fix is { } fix ? Paint($" [{fix.Applicability.ToString().ToLowerInvariant()}: {fix.Description}]", "2") : "";
            output.WriteLine($"{Paint(file.Path, "1")}:{diagnostic.Start.Line}:{diagnostic.Start.Column}: {Paint(severity, severityColor)} {diagnostic.Rule.Id} {diagnostic.Rule.Name}: {diagnostic.Message}{note}");
            if (source is not null && diagnostic.Start.Line <= source.LineCount)
            {
                WriteExcerpt(output, source, diagnostic);
            }
        }
    }

    public void End(TextWriter output, ReportSummary summary)
    {
        output.WriteLine($"{summary.Files} files, {summary.Errors} errors, {summary.Warnings} warnings, {summary.Infos} infos, {summary.Fixable} fixable ({summary.FixedByNormalize} fixed by normalize), {summary.Unresolved} unresolved errors");
    }

    /// <summary>The source line, shortened around the span for long paragraphs, with ^ under the span.</summary>
    private void WriteExcerpt(TextWriter output, SourceText source, Diagnostic diagnostic)
    {
        const int Context = 40;
        var line = source.LineText(diagnostic.Start.Line);
        var runes = line.EnumerateRunes().Select(rune => rune.ToString()).ToArray();
        var start = Math.Min(diagnostic.Start.Column - 1, runes.Length);
        var end = diagnostic.End.Line == diagnostic.Start.Line ? Math.Max(start + 1, diagnostic.End.Column - 1) : runes.Length;
        var from = Math.Max(0, start - Context);
        var to = Math.Min(runes.Length, end + Context);
        var prefix = from > 0 ? "…" : "";
        var excerpt = prefix + string.Concat(runes[from..to]).Replace('\t', ' ') + (to < runes.Length ? "…" : "");
        output.WriteLine($"    {excerpt}");
        output.WriteLine($"    {new string(' ', prefix.Length + start - from)}{Paint(new string('^', Math.Max(1, Math.Min(end, to) - start)), "32")}");
    }

    private string Paint(string text, string code) => color ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
