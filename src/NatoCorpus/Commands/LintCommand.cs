using NatoCorpus.Corpus;
using NatoCorpus.Pipeline;
using NatoCorpus.Reporting;

namespace NatoCorpus.Commands;

public sealed record LintRequest(IReadOnlyList<string> Paths, string Format, bool Color, int? MaxWarnings = null, int Jobs = 0, bool Fix = false);

/// <summary>`natocorpus lint`: every problem with its place, whether normalize resolves it, and the exit code.</summary>
public static class LintCommand
{
    public static int Run(CommandEnvironment environment, LintRequest request)
    {
        var layout = environment.Layout;
        var files = environment.DiscoverRaw(request.Paths);
        if (request.Fix && files.FirstOrDefault(path => !RawFiles.IsMarkdown(path)) is { } raw)
        {
            // Raw texts are evidence: their fixes go into normalized/, never back into raw/.
            environment.Error.WriteLine($"natocorpus: --fix does not edit raw texts ({layout.Relative(raw)}): they are evidence. Run `natocorpus normalize` to write the fixed text to normalized/.");
            return ExitCodes.BadInput;
        }
        var results = CorpusRun.Process(new CorpusEngine(environment.Options), layout, files, request.Jobs);
        if (request.Fix)
        {
            results = ApplyFixes(environment, results);
        }
        var report = new LintReport(results.Select(result => new FileReport(result.RelativePath, result.Source, result.Diagnostics, result.Error)).ToArray());
        Reporters.For(request.Format, request.Color, environment.DocsUrl).Write(environment.Output, report);
        return ExitCode(report, request.MaxWarnings);
    }

    /// <summary>Writes each Markdown file's safe fixes in place, then lints it again so the report shows what is left.</summary>
    private static IReadOnlyList<DocumentResult> ApplyFixes(CommandEnvironment environment, IReadOnlyList<DocumentResult> results)
    {
        var engine = new CorpusEngine(environment.Options);
        return results.Select(result =>
        {
            if (result.Markdown is null || result.Source is null || result.Markdown == result.Source.Text)
            {
                return result;
            }
            var path = Path.Combine(environment.Layout.Root, result.RelativePath);
            NormalizedFiles.WriteIfChanged(path, result.Markdown);
            environment.Error.WriteLine($"fixed {result.RelativePath}");
            return CorpusRun.ProcessOne(engine, environment.Layout, path);
        }).ToArray();
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
