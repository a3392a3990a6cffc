using NatoCorpus.Corpus;
using NatoCorpus.Knowledge;
using NatoCorpus.Pipeline;
using NatoCorpus.Reporting;
using NatoCorpus.Text;

namespace NatoCorpus.Commands;

public sealed record LintRequest(IReadOnlyList<string> Paths, string Format, bool Color, int? MaxWarnings = null, int Jobs = 0, bool Fix = false, FocusOptions? Focus = null, bool DryRun = false);

/// <summary>`natocorpus lint`: every problem with its place, whether normalize resolves it, and the exit code.</summary>
public static class LintCommand
{
    public static int Run(CommandEnvironment environment, LintRequest request)
    {
        if (environment.InputProblem(request.Paths) is { } inputProblem)
        {
            environment.Error.WriteLine($"natocorpus: {inputProblem}");
            return ExitCodes.BadInput;
        }
        var (filter, focusProblem) = FindingFilter.From(request.Focus);
        if (filter is null)
        {
            environment.Error.WriteLine($"natocorpus: {focusProblem}");
            return ExitCodes.BadInput;
        }
        if (request.DryRun && !request.Fix)
        {
            environment.Error.WriteLine("natocorpus: --dry-run goes with --fix (show the fixes without writing them)");
            return ExitCodes.BadInput;
        }
        var tally = request.Focus is { SummaryByRule: true } && request.Format == "text" ? new RuleTally() : null;
        var layout = environment.Layout;
        var discovery = environment.Explore(request.Paths);
        var files = discovery.Files;
        if (request.Fix && files.FirstOrDefault(path => !RawFiles.IsMarkdown(path)) is { } raw)
        {
            // Raw texts are evidence: their fixes go into normalized/, never back into raw/.
            environment.Error.WriteLine($"natocorpus: --fix does not edit raw texts ({Printable.Escape(layout.Relative(raw))}): they are evidence. Run `natocorpus normalize` to write the fixed text to normalized/.");
            return ExitCodes.BadInput;
        }
        if (request.Fix && files.FirstOrDefault(path => UnderRaw(layout, path)) is { } evidence)
        {
            // Whatever its extension, a file under raw/ is evidence: a Markdown repost there is a raw text too.
            environment.Error.WriteLine($"natocorpus: --fix does not edit files under the raw folder ({layout.Relative(evidence)}): they are evidence. Run `natocorpus normalize` to write the fixed text to normalized/.");
            return ExitCodes.BadInput;
        }
        // lint reports; only --fix (on Markdown, which always renders) writes.
        var engine = new CorpusEngine(environment.Options, renderOutput: false);
        var reporter = Reporters.For(request.Format, request.Color, environment.DocsUrl, environment.StepSummaryPath);
        var summary = new SummaryBuilder();
        foreach (var refused in environment.DiscoveryRefusals(discovery))
        {
            summary.Add(refused);
            reporter.File(environment.Output, refused);
        }
        using (var progress = environment.Progress(files.Count, request.Format))
        {
            CorpusRun.Stream(engine, layout, files, request.Jobs, result =>
            {
                if (request.Fix)
                {
                    result = ApplyFix(environment, engine, result, request.DryRun ? request.Color : null);
                }
                var file = filter.Apply(new FileReport(result.RelativePath, result.Source, result.Diagnostics, result.Error));
                summary.Add(file);
                tally?.Add(file);
                reporter.File(environment.Output, file);
                progress.Advance();
            });
        }
        var built = summary.Build();
        reporter.End(environment.Output, built);
        tally?.Write(environment.Output);
        // On standard error, so the machine-readable formats on standard output stay as they are.
        if (request.Format == "text" && ReportCommand.Pointer(environment) is { } pointer)
        {
            environment.Error.WriteLine(pointer);
        }
        return ExitCode(built, request.MaxWarnings);
    }

    /// <summary>Writes a Markdown file's safe fixes in place, then lints it again so the report shows what is left.</summary>
    /// <param name="dryRunColor">Not null for --dry-run: the fixes are shown as a word diff (coloured or not), nothing is written.</param>
    private static DocumentResult ApplyFix(CommandEnvironment environment, CorpusEngine engine, DocumentResult result, bool? dryRunColor)
    {
        if (result.Markdown is null || result.Source is null || result.Markdown == result.Source.Text)
        {
            return result;
        }
        if (dryRunColor is { } color)
        {
            // The report that follows is of the file as it stands: nothing was changed.
            environment.Output.Write(WordDiff.Of(result.RelativePath, result.Source.Text, result.Markdown, color));
            return result;
        }
        var path = Path.Combine(environment.Layout.Root, result.RelativePath);
        try
        {
            NormalizedFiles.WriteIfChanged(path, result.Markdown);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var reason = UnreadableFileException.ReasonOf(exception);
            return result with { Error = new InputError(result.RelativePath, 1, 1, $"cannot write the fixes: {reason}") };
        }
        environment.Error.WriteLine($"fixed {Printable.Escape(result.RelativePath)}");
        return CorpusRun.ProcessOne(engine, environment.Layout, path);
    }

    /// <summary>Whether <paramref name="path"/> is under the raw folder, links resolved.</summary>
    private static bool UnderRaw(CorpusLayout layout, string path) =>
        CorpusPaths.IsInside(layout.RawDirectory, path) || CorpusPaths.LeadsInside(layout.RawDirectory, path);

    /// <summary>2 on unreadable input; 1 on unresolved errors or more unresolved warnings than allowed; else 0.</summary>
    public static int ExitCode(ReportSummary summary, int? maxWarnings) =>
        summary.InputErrors > 0 ? ExitCodes.BadInput
            : summary.Unresolved > 0 || summary.UnresolvedWarnings > maxWarnings ? ExitCodes.Findings
            : ExitCodes.Clean;
}
