using DiffPlex.Renderer;
using NatoCorpus.Corpus;
using NatoCorpus.Output;
using NatoCorpus.Pipeline;
using NatoCorpus.Reporting;
using NatoCorpus.Rules;
using NatoCorpus.Text;

namespace NatoCorpus.Commands;

public sealed record CheckRequest(string Format, bool Color, int? MaxWarnings, int Jobs = 0, string? ChangedSince = null);

/// <summary>
/// `natocorpus check`, the CI command: lint of the corpus, `normalize --check` and schema validation of every
/// file in normalized/, as one report in any format. Problems with normalized/ are reported on those files.
/// </summary>
public static class CheckCommand
{
    public static readonly RuleDescriptor Stale = new(
        "NC902", "stale-normalized", "normalized/ is not what the current raw/ and tool produce", RuleCategory.Structure, Severity.Error, FixApplicability.Safe);

    public static RuleDescriptor InvalidFrontMatter => FrontMatterSchema.Invalid;

    public static readonly RuleDescriptor Orphan = new(
        "NC904", "orphan-normalized", "A normalized file whose raw text is gone", RuleCategory.Structure, Severity.Error, null);

    public static int Run(CommandEnvironment environment, CheckRequest request)
    {
        var layout = environment.Layout;
        IReadOnlyList<string> rawFiles = environment.DiscoverRaw([]).Where(path => !RawFiles.IsMarkdown(path)).ToArray();
        if (request.ChangedSince is { } reference)
        {
            IReadOnlySet<string>? changed;
            try
            {
                changed = GitChanges.ChangedSince(layout.Root, reference);
            }
            catch (GitChanges.GitException exception)
            {
                environment.Error.WriteLine($"natocorpus: {exception.Message}");
                return ExitCodes.BadInput;
            }
            if (changed is null)
            {
                environment.Error.WriteLine("natocorpus: not a git repository: --changed-since ignored, checking everything");
            }
            else
            {
                // A raw text is checked when it, its sidecar or its normalized file changed.
                rawFiles = rawFiles.Where(path => changed.Contains(path) || changed.Contains(RawFiles.SidecarPathOf(path))
                    || changed.Contains(NormalizedFiles.PathFor(layout, RawFiles.IdOf(path)))).ToArray();
                environment.Error.WriteLine($"natocorpus: {rawFiles.Count} raw texts changed since {reference}");
            }
        }
        var results = CorpusRun.Process(new CorpusEngine(environment.Options), layout, rawFiles, request.Jobs);
        var files = new List<FileReport>();
        var diffs = new List<string>();
        foreach (var result in results)
        {
            files.Add(new FileReport(result.RelativePath, result.Source, result.Diagnostics, result.Error));
            if (result.Markdown is null)
            {
                continue;
            }
            var target = NormalizedFiles.PathFor(layout, result.Id);
            var existing = NormalizedFiles.ReadExisting(target);
            var findings = new List<Diagnostic>();
            if (existing != result.Markdown)
            {
                var message = existing is null ? "missing: run `natocorpus normalize`" : "out of date: run `natocorpus normalize` (the diff is in the text report)";
                findings.Add(FileLevel(Stale, message));
                if (existing is not null)
                {
                    diffs.Add(new UnidiffRenderer(contextLines: 3).Generate(existing, result.Markdown, layout.Relative(target) + " (committed)", layout.Relative(target) + " (expected)"));
                }
            }
            if (existing is not null)
            {
                findings.AddRange(FrontMatterSchema.Validate(existing).Select(problem => FileLevel(InvalidFrontMatter, problem)));
            }
            if (findings.Count > 0)
            {
                files.Add(new FileReport(layout.Relative(target), existing is null ? null : new SourceText(existing), findings, null));
            }
        }
        // Orphans are found from the whole raw folder: listing it is cheap, and a deleted raw text is a change too.
        var ids = environment.DiscoverRaw([]).Select(RawFiles.IdOf).ToHashSet(StringComparer.Ordinal);
        foreach (var orphan in NormalizedFiles.Orphans(layout, ids))
        {
            files.Add(new FileReport(layout.Relative(orphan), null, [FileLevel(Orphan, "its raw text is gone: remove it or restore the raw text")], null));
        }

        var report = new LintReport(files);
        Reporters.For(request.Format, request.Color, environment.DocsUrl).Write(environment.Output, report);
        if (request.Format == "text")
        {
            foreach (var diff in diffs)
            {
                environment.Output.Write(diff);
            }
        }
        return LintCommand.ExitCode(report, request.MaxWarnings);
    }

    private static Diagnostic FileLevel(RuleDescriptor rule, string message) =>
        new(rule, rule.DefaultSeverity, message, new TextSpan(0, 0), new LinePosition(1, 1), new LinePosition(1, 1), null);
}
