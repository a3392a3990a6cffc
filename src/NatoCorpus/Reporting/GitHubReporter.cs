using NatoCorpus.Text;

namespace NatoCorpus.Reporting;

/// <summary>
/// GitHub Actions workflow commands, so findings show as annotations on the pull request's files; and, when
/// <paramref name="stepSummaryPath"/> is given ($GITHUB_STEP_SUMMARY in a workflow), a Markdown job summary of every
/// finding by rule and by file appended to it, since GitHub shows only 10 annotations of each type per step.
/// </summary>
public sealed class GitHubReporter(string? stepSummaryPath = null) : IReporter
{
    private readonly JobSummary? _summary = string.IsNullOrEmpty(stepSummaryPath) ? null : new JobSummary();

    public void File(TextWriter output, FileReport file)
    {
        _summary?.Add(file);
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
        if (_summary is null)
        {
            return;
        }
        try
        {
            // Appended, as the Actions toolkit does: other steps' summaries in the same file stay.
            System.IO.File.AppendAllText(stepSummaryPath!, _summary.Render("natocorpus", summary) + "\n");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The findings stand and the annotations are out; a summary that cannot be written is a warning in the log.
            output.WriteLine($"::warning title=natocorpus::{Data($"cannot write the job summary ($GITHUB_STEP_SUMMARY): {exception.Message}")}");
        }
    }

    // Escaping as the Actions toolkit does (toolkit/packages/core/src/command.ts): "%", CR and LF in the message,
    // also ":" and "," in properties, so a file name or a text can neither end the command nor start another line.
    // Other control, bidi and zero-width characters are then shown by code (Printable), as in the text format.
    private static string Data(string value) => Printable.Escape(
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal));

    private static string Property(string value) => Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
