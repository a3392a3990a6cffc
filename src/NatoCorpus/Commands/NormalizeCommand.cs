using NatoCorpus.Corpus;
using NatoCorpus.Pipeline;
using NatoCorpus.Rules;
using NatoCorpus.Text;

namespace NatoCorpus.Commands;

public sealed record NormalizeRequest(IReadOnlyList<string> Paths, string? OutDirectory, bool Check, int Jobs = 0);

/// <summary>`natocorpus normalize`: raw/ in, normalized/ out; with --check, compares instead of writing.</summary>
public static class NormalizeCommand
{
    public static int Run(CommandEnvironment environment, NormalizeRequest request)
    {
        var layout = environment.Layout with
        {
            NormalizedDirectory = request.OutDirectory is null ? environment.Layout.NormalizedDirectory : Path.GetFullPath(request.OutDirectory, environment.WorkingDirectory),
        };
        // normalize reads raw texts only; Markdown files are what it writes.
        var files = environment.DiscoverRaw(request.Paths).Where(path => !RawFiles.IsMarkdown(path)).ToArray();
        var engine = new CorpusEngine(environment.Options);
        if (!request.Check)
        {
            NormalizedFiles.RemoveAbandonedTemporaries(layout, TimeSpan.FromHours(1));
        }

        var output = environment.Output;
        var exit = ExitCodes.Clean;
        int written = 0, unchanged = 0, stale = 0, failed = 0;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using (var progress = environment.Progress(files.Length, "text"))
        {
            CorpusRun.Stream(engine, layout, files, request.Jobs, result =>
            {
                progress.Advance();
                ids.Add(result.Id);
                if (result.Error is { } error)
                {
                    environment.Error.WriteLine($"{Printable.Escape(error.Path)}:{error.Line}:{error.Column}: error: {Printable.Escape(error.Message)}");
                    exit = Math.Max(exit, ExitCodes.BadInput);
                    failed++;
                    return;
                }
                if (result.Markdown is null)
                {
                    foreach (var diagnostic in result.Diagnostics.Where(diagnostic => diagnostic.Severity == Severity.Error && !diagnostic.FixedByNormalize))
                    {
                        environment.Error.WriteLine($"{Printable.Escape(result.RelativePath)}:{diagnostic.Start}: error {diagnostic.Rule.Id} {diagnostic.Rule.Name}: {Printable.Escape(diagnostic.Message)}");
                    }
                    environment.Error.WriteLine($"{Printable.Escape(result.RelativePath)}: not normalized (fix the errors above)");
                    exit = Math.Max(exit, ExitCodes.Findings);
                    failed++;
                    return;
                }
                var target = NormalizedFiles.PathFor(layout, result.Id);
                if (request.Check)
                {
                    var existing = NormalizedFiles.ReadExisting(target);
                    if (existing == result.Markdown)
                    {
                        unchanged++;
                        return;
                    }
                    stale++;
                    exit = Math.Max(exit, ExitCodes.Findings);
                    var name = layout.Relative(target);
                    output.Write(existing is null
                        ? $"{Printable.Escape(name)}: missing (run `natocorpus normalize`)\n"
                        : Diffs.Unified(existing, result.Markdown, name));
                }
                else if (NormalizedFiles.WriteIfChanged(target, result.Markdown))
                {
                    written++;
                }
                else
                {
                    unchanged++;
                }
            });
        }

        var orphans = request.Paths.Count == 0 ? NormalizedFiles.Orphans(layout, ids).ToArray() : [];
        foreach (var orphan in orphans)
        {
            environment.Error.WriteLine($"{Printable.Escape(layout.Relative(orphan))}: warning: its raw text is gone (remove it, or restore the raw text)");
        }
        if (request.Check)
        {
            output.WriteLine(stale == 0 ? $"normalized/ is up to date ({unchanged} files)" : $"{stale} of {stale + unchanged} normalized files are out of date: run `natocorpus normalize`");
            if (orphans.Length > 0)
            {
                exit = Math.Max(exit, ExitCodes.Findings);
            }
        }
        else
        {
            output.WriteLine($"{written} written, {unchanged} unchanged, {failed} not normalized");
        }
        return exit;
    }
}
