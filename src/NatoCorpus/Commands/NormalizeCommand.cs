using NatoCorpus.Corpus;
using NatoCorpus.Knowledge;
using NatoCorpus.Pipeline;
using NatoCorpus.Rules;
using NatoCorpus.Text;

namespace NatoCorpus.Commands;

public sealed record NormalizeRequest(IReadOnlyList<string> Paths, string? OutDirectory, bool Check, int Jobs = 0)
{
    /// <summary>With --check: how a stale file's differences are shown (default: the changed words).</summary>
    public DiffFormat DiffFormat { get; init; } = DiffFormat.Words;

    /// <summary>With --check: the word diff in colour (standard output is a terminal, NO_COLOR unset).</summary>
    public bool Color { get; init; }
}

/// <summary>`natocorpus normalize`: raw/ in, normalized/ out; with --check, compares instead of writing.</summary>
public static class NormalizeCommand
{
    public static int Run(CommandEnvironment environment, NormalizeRequest request)
    {
        if (environment.InputProblem(request.Paths) is { } inputProblem)
        {
            environment.Error.WriteLine($"natocorpus: {inputProblem}");
            return ExitCodes.BadInput;
        }
        var layout = environment.Layout with
        {
            NormalizedDirectory = request.OutDirectory is null ? environment.Layout.NormalizedDirectory : Path.GetFullPath(request.OutDirectory, environment.WorkingDirectory),
        };
        if (layout.OutputInsideRaw() is { } problem)
        {
            environment.Error.WriteLine($"natocorpus: {problem}");
            return ExitCodes.BadInput;
        }
        // normalize reads raw texts only; Markdown files are what it writes.
        var discovery = environment.Explore(request.Paths);
        var files = discovery.Files.Where(path => !RawFiles.IsMarkdown(path)).ToArray();
        var engine = new CorpusEngine(environment.Options);
        if (!request.Check)
        {
            NormalizedFiles.RemoveAbandonedTemporaries(layout, TimeSpan.FromHours(1));
        }

        var output = environment.Output;
        var exit = ExitCodes.Clean;
        int written = 0, unchanged = 0, stale = 0, failed = 0;
        void Refuse(InputError error)
        {
            environment.Error.WriteLine($"{Printable.Escape(error.Path)}:{error.Line}:{error.Column}: error: {Printable.Escape(error.Message)}");
            exit = Math.Max(exit, ExitCodes.BadInput);
            failed++;
        }
        foreach (var refused in environment.DiscoveryRefusals(discovery))
        {
            Refuse(refused.Error!);
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var maxNormalizedBytes = NormalizedFiles.MaxBytes(environment.Options.MaxFileBytes);
        using (var progress = environment.Progress(files.Length, "text"))
        {
            CorpusRun.Stream(engine, layout, files, request.Jobs, result =>
            {
                progress.Advance();
                ids.Add(result.Id);
                if (result.Error is { } error)
                {
                    Refuse(error);
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
                try
                {
                    Deliver(target, result.Markdown);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    // A disk problem with this one file (read-only folder, a folder in the way, a link): said once, the run goes on.
                    var reason = UnreadableFileException.ReasonOf(exception);
                    Refuse(new InputError(layout.Relative(target), 1, 1, $"{(request.Check ? "cannot read" : "cannot write")}: {reason}"));
                }
            });
        }

        void Deliver(string target, string markdown)
        {
            if (request.Check)
            {
                var name = layout.Relative(target);
                var comparison = StaleCheck.Of(NormalizedFiles.ReadBytes(target, maxNormalizedBytes), markdown, name, request.DiffFormat, request.Color);
                if (!comparison.IsStale)
                {
                    unchanged++;
                    return;
                }
                stale++;
                exit = Math.Max(exit, ExitCodes.Findings);
                output.Write(comparison.Diff ?? $"{Printable.Escape(name)}: missing (run `natocorpus normalize`)\n");
            }
            else if (NormalizedFiles.WriteIfChanged(target, markdown))
            {
                written++;
            }
            else
            {
                unchanged++;
            }
        }

        string[] orphans = [];
        try
        {
            orphans = request.Paths.Count == 0 ? NormalizedFiles.Orphans(layout, ids).ToArray() : [];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Refuse(new InputError(layout.Relative(layout.NormalizedDirectory), 1, 1, $"cannot list this folder: {exception.Message}"));
        }
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
