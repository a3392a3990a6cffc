using NatoCorpus.Pipeline;
using NatoCorpus.Rules;
using NatoCorpus.Text;

namespace NatoCorpus.Reporting;

/// <summary>
/// Compiler-style lines with the source line and a caret under the span, then a summary. Paths, messages and
/// excerpts come from untrusted files: they are printed through <see cref="Printable"/>, so no file can forge a
/// line, drive the terminal or issue a workflow command.
/// </summary>
public sealed class TextReporter(bool color) : IReporter
{
    /// <summary>Code points shown on each side of the span.</summary>
    private const int Context = 40;

    /// <summary>Code points of a longer span shown before "…": an excerpt costs the same on a one-line megabyte.</summary>
    private const int MaxSpan = 160;

    public void File(TextWriter output, FileReport file)
    {
        var path = Printable.Escape(file.Path);
        if (file.Error is { } error)
        {
            output.WriteLine($"{Paint(Printable.Escape(error.Path), "1")}:{error.Line}:{error.Column}: {Paint("error", "31;1")}: {Printable.Escape(error.Message)}");
            return;
        }
        var source = file.Diagnostics.Count > 0 ? file.GetSource() : null;
        foreach (var diagnostic in file.Diagnostics)
        {
            var severity = diagnostic.Severity.ToString().ToLowerInvariant();
            var severityColor = diagnostic.Severity switch { Severity.Error => "31;1", Severity.Warning => "33;1", _ => "36" };
            var note = diagnostic.FixedByNormalize ? Paint(" [fixed by normalize]", "32") : diagnostic.Fix is { } fix ? Paint($" [{fix.Applicability.ToString().ToLowerInvariant()}: {Printable.Escape(fix.Description)}]", "2") : "";
            var place = diagnostic.Path is { } elsewhere ? Printable.Escape(elsewhere) : path;
            output.WriteLine($"{Paint(place, "1")}:{diagnostic.Start.Line}:{diagnostic.Start.Column}: {Paint(severity, severityColor)} {diagnostic.Rule.Id} {diagnostic.Rule.Name}: {Printable.Escape(diagnostic.Message)}{note}");
            if (source is not null && diagnostic.Path is null && diagnostic.Start.Line >= 1 && diagnostic.Start.Line <= source.LineCount)
            {
                WriteExcerpt(output, source, diagnostic);
            }
        }
    }

    public void End(TextWriter output, ReportSummary summary)
    {
        // Fixes that are only shown (suggestions, unsafe, overlapped) are counted apart, and only when there are some.
        var notApplied = summary.FixesNotApplied > 0 ? $", {summary.FixesNotApplied} fixes not applied" : "";
        output.WriteLine($"{summary.Files} files, {summary.Errors} errors, {summary.Warnings} warnings, {summary.Infos} infos, "
            + $"{summary.Fixable} fixable ({summary.FixedByNormalize} fixed by normalize){notApplied}, {summary.Unresolved} unresolved errors");
    }

    /// <summary>
    /// The source line around the span, with ^ under the span. Only the excerpt is read, never the whole line:
    /// a finding on every « of a one-line megabyte must cost the excerpt, not the line.
    /// </summary>
    private void WriteExcerpt(TextWriter output, SourceText source, Diagnostic diagnostic)
    {
        var text = source.Text;
        var line = source.LineSpan(diagnostic.Start.Line);
        var start = source.OffsetOf(diagnostic.Start.Line, diagnostic.Start.Column);
        var end = diagnostic.End.Line == diagnostic.Start.Line ? Math.Max(start, source.OffsetOf(diagnostic.Start.Line, diagnostic.End.Column)) : line.End;
        if (end == start)
        {
            // An insertion point: the caret goes under the character it comes before.
            end = Forward(text, start, line.End, 1);
        }
        var shownEnd = Forward(text, start, end, MaxSpan);
        var from = Back(text, start, line.Start, Context);
        var to = shownEnd < end ? shownEnd : Forward(text, shownEnd, line.End, Context);
        var before = Printable.Escape(text, from, start, tabAsSpace: true);
        var span = Printable.Escape(text, start, shownEnd, tabAsSpace: true);
        var after = Printable.Escape(text, shownEnd, to, tabAsSpace: true);
        var prefix = from > line.Start ? "…" : "";
        output.WriteLine($"    {prefix}{before}{span}{after}{(to < line.End ? "…" : "")}");
        output.WriteLine($"    {new string(' ', prefix.Length + Printable.Width(before))}{Paint(new string('^', Math.Max(1, Printable.Width(span))), "32")}");
    }

    /// <summary>Up to <paramref name="count"/> code points back from <paramref name="index"/>, not before <paramref name="limit"/>.</summary>
    private static int Back(string text, int index, int limit, int count)
    {
        for (; count > 0 && index > limit; count--)
        {
            index -= index - 1 > limit && char.IsLowSurrogate(text[index - 1]) && char.IsHighSurrogate(text[index - 2]) ? 2 : 1;
        }
        return index;
    }

    /// <summary>Up to <paramref name="count"/> code points on from <paramref name="index"/>, not past <paramref name="limit"/>.</summary>
    private static int Forward(string text, int index, int limit, int count)
    {
        for (; count > 0 && index < limit; count--)
        {
            index += index + 1 < limit && char.IsHighSurrogate(text[index]) && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
        }
        return index;
    }

    private string Paint(string text, string code) => color ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
