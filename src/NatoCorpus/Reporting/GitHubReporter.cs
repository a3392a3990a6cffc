using NatoCorpus.Text;

namespace NatoCorpus.Reporting;

/// <summary>GitHub Actions workflow commands, so findings show as annotations on the pull request's files.</summary>
public sealed class GitHubReporter : IReporter
{
    public void File(TextWriter output, FileReport file)
    {
        if (file.Error is { } error)
        {
            output.WriteLine($"::error file={Property(error.Path)},line={error.Line},col={error.Column},title={Property("natocorpus: unreadable input")}::{Data(error.Message)}");
        }
        foreach (var diagnostic in file.Diagnostics)
        {
            // What normalize resolves is expected in raw evidence: a notice, not a failure.
            var level = diagnostic.FixedByNormalize ? "notice" : diagnostic.Severity switch
            {
                Rules.Severity.Error => "error",
                Rules.Severity.Warning => "warning",
                _ => "notice",
            };
            var title = $"{diagnostic.Rule.Id} {diagnostic.Rule.Name}";
            var suffix = diagnostic.FixedByNormalize ? " (fixed by normalize)" : "";
            output.WriteLine($"::{level} file={Property(diagnostic.Path ?? file.Path)},line={diagnostic.Start.Line},col={diagnostic.Start.Column},endLine={diagnostic.End.Line},endColumn={diagnostic.End.Column},title={Property(title)}::{Data(diagnostic.Message + suffix)}");
        }
    }

    public void End(TextWriter output, ReportSummary summary)
    {
        output.WriteLine($"{summary.Files} files, {summary.Errors} errors, {summary.Warnings} warnings, {summary.Unresolved} unresolved errors");
    }

    // Escaping as the Actions toolkit does (toolkit/packages/core/src/command.ts): "%", CR and LF in the message,
    // also ":" and "," in properties, so a file name or a text can neither end the command nor start another line.
    // Other control, bidi and zero-width characters are then shown by code (Printable), as in the text format.
    private static string Data(string value) => Printable.Escape(
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal));

    private static string Property(string value) => Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
