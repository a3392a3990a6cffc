using NatoCorpus.Corpus;
using NatoCorpus.Pipeline;
using NatoCorpus.Reporting;

namespace NatoCorpus.Commands;

public sealed record LintRequest(IReadOnlyList<string> Paths, string Format, bool Color, int? MaxWarnings = null, int Jobs = 0);

/// <summary>`natocorpus lint`: every problem with its place, whether normalize resolves it, and the exit code.</summary>
public static class LintCommand
{
    public static int Run(CommandEnvironment environment, LintRequest request)
    {
        var layout = environment.Layout;
        var files = environment.DiscoverRaw(request.Paths);
        var results = CorpusRun.Process(new CorpusEngine(environment.Options), layout, files, request.Jobs);
        var report = new LintReport(results.Select(result => new FileReport(result.RelativePath, result.Source, result.Diagnostics, result.Error)).ToArray());
        Reporters.For(request.Format, request.Color, environment.DocsUrl).Write(environment.Output, report);
        return ExitCode(report, request.MaxWarnings);
    }

    /// <summary>2 on unreadable input; 1 on unresolved errors or more unresolved warnings than allowed; else 0.</summary>
    public static int ExitCode(LintReport report, int? maxWarnings)
    {
        var warnings = report.Files.SelectMany(file => file.Diagnostics).Count(diagnostic => diagnostic.Severity == Rules.Severity.Warning && !diagnostic.FixedByNormalize);
        return report.Summary.InputErrors > 0 ? ExitCodes.BadInput
            : report.Summary.Unresolved > 0 || warnings > maxWarnings ? ExitCodes.Findings
            : ExitCodes.Clean;
    }
}
