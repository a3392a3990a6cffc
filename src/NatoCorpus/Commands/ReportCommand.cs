using NatoCorpus.Corpus;
using NatoCorpus.Knowledge;
using NatoCorpus.Pipeline;
using NatoCorpus.Reporting.Review;
using NatoCorpus.Text;

namespace NatoCorpus.Commands;

public sealed record ReportRequest(IReadOnlyList<string> Paths, string? OutDirectory = null, int Jobs = 0);

/// <summary>
/// `natocorpus report`: the review report, a static site an archivist opens from disk. Texts are processed and their
/// pages rendered in parallel, written in file order, a window at a time (as normalize streams); the index, which
/// needs every text, is written last from the small summaries kept on the way.
/// </summary>
public static class ReportCommand
{
    public const string DefaultFolder = "report";

    public static int Run(CommandEnvironment environment, ReportRequest request)
    {
        var layout = environment.Layout;
        var folder = request.OutDirectory is null ? Path.Combine(layout.Root, DefaultFolder) : Path.GetFullPath(request.OutDirectory, environment.WorkingDirectory);
        if (CorpusPaths.IsInside(layout.RawDirectory, folder) || CorpusPaths.LeadsInside(layout.RawDirectory, folder)
            || CorpusPaths.IsInside(layout.NormalizedDirectory, folder) || CorpusPaths.LeadsInside(layout.NormalizedDirectory, folder))
        {
            environment.Error.WriteLine($"natocorpus: --out {Printable.Escape(request.OutDirectory ?? DefaultFolder)} is inside the raw or normalized folder: refused, the report goes apart from the corpus");
            return ExitCodes.BadInput;
        }
        var exit = ExitCodes.Clean;
        var discovery = environment.Explore(request.Paths);
        foreach (var refused in environment.DiscoveryRefusals(discovery))
        {
            environment.Error.WriteLine($"{Printable.Escape(refused.Path)}:1:1: error: {Printable.Escape(refused.Error!.Message)}");
            exit = ExitCodes.BadInput;
        }
        var files = discovery.Files.Where(path => !RawFiles.IsMarkdown(path)).ToArray();
        var engine = new CorpusEngine(environment.Options);
        var collisions = CorpusRun.Collisions(files);
        var site = new ReviewSite(ToolInfo.Version);
        var written = new HashSet<string>(StringComparer.Ordinal);
        // Decided before this run writes its own index: only a folder a report wrote before has its leftovers removed.
        var ownFolder = IsReportFolder(folder);
        try
        {
            using (var progress = environment.Progress(files.Length, "text"))
            {
                CorpusRun.Ordered(files, request.Jobs, path => site.Render(Review(engine, layout, path, collisions)), rendered =>
                {
                    Write(folder, rendered.Page, written);
                    site.Add(rendered.Summary);
                    progress.Advance();
                });
            }
            foreach (var file in site.Finish())
            {
                Write(folder, file, written);
            }
            if (ownFolder)
            {
                RemoveLeftovers(folder, written);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var reason = UnreadableFileException.ReasonOf(exception);
            environment.Error.WriteLine($"natocorpus: cannot write the report in {Printable.Escape(layout.Relative(folder))}: {Printable.Escape(reason)}");
            return ExitCodes.BadInput;
        }
        var needs = site.Texts.Count(text => text.NeedsPerson);
        environment.Error.WriteLine($"report: {Printable.Escape(Shown(environment, folder))}/index.html ({site.Texts.Count} texts, {needs} need a person)");
        return exit;
    }

    /// <summary>
    /// The line `lint` and `check` print at the end of a text report when the default report exists, so the person
    /// reading the findings knows where to look at them; null when there is none.
    /// </summary>
    public static string? Pointer(CommandEnvironment environment)
    {
        var index = Path.Combine(environment.Layout.Root, DefaultFolder, "index.html");
        return File.Exists(index) ? $"report: {Printable.Escape(Shown(environment, Path.GetDirectoryName(index)!))}/index.html (run `natocorpus report` to refresh it)" : null;
    }

    /// <summary>The folder as the user can type it from where they are: relative when it is under the working directory.</summary>
    private static string Shown(CommandEnvironment environment, string folder)
    {
        var relative = Path.GetRelativePath(environment.WorkingDirectory, folder).Replace('\\', '/');
        return relative.StartsWith("..", StringComparison.Ordinal) ? folder : relative;
    }

    /// <summary>One text: read, processed and parsed as normalize does, and compared with its file in normalized/.</summary>
    private static ReviewInput Review(CorpusEngine engine, CorpusLayout layout, string path, IReadOnlyDictionary<string, string[]> collisions)
    {
        var (input, refusal) = CorpusRun.Read(engine, layout, path, collisions);
        if (refusal is not null)
        {
            return new ReviewInput(refusal, null, NormalizedState.None);
        }
        var result = CorpusRun.Process(engine, input!);
        if (result.Error is not null)
        {
            return new ReviewInput(result, null, NormalizedState.None);
        }
        Model.ParsedDocument? document;
        try
        {
            document = engine.Parse(input!);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            // The text was processed; only its lines' kinds are missing from its page.
            document = null;
        }
        var state = NormalizedState.None;
        if (result.Markdown is not null)
        {
            var normalizedPath = NormalizedFiles.PathFor(layout, result.Id);
            try
            {
                var bytes = NormalizedFiles.ReadBytes(normalizedPath, NormalizedFiles.MaxBytes(engine.Options.MaxFileBytes));
                var comparison = StaleCheck.Of(bytes, result.Markdown, layout.Relative(normalizedPath));
                state = comparison.IsMissing ? NormalizedState.Missing : comparison.IsStale ? NormalizedState.Stale : NormalizedState.UpToDate;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Unreadable is not up to date: `check` names the problem; the report says the file needs a look.
                state = NormalizedState.Stale;
            }
        }
        return new ReviewInput(result, document, state);
    }

    private static void Write(string folder, ReportFile file, HashSet<string> written)
    {
        written.Add(file.Path);
        AtomicFile.WriteIfChanged(Path.Combine(folder, file.Path), file.Bytes);
    }

    /// <summary>
    /// Pages of texts that are gone since the last report: removed, so the folder holds this run's report only. The
    /// caller calls it only for a folder the report wrote before (its index says so), never for other files' folder.
    /// </summary>
    /// <summary>A folder that does not exist yet, or whose index says the report wrote it.</summary>
    private static bool IsReportFolder(string folder)
    {
        var index = Path.Combine(folder, "index.html");
        if (!Directory.Exists(folder))
        {
            return true;
        }
        try
        {
            return File.Exists(index) && new FileInfo(index).Length < 64 * 1024 * 1024
                && File.ReadLines(index).Take(10).Any(line => line.Contains("name=\"generator\" content=\"natocorpus report", StringComparison.Ordinal));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void RemoveLeftovers(string folder, HashSet<string> written)
    {
        // Only the report's own kinds of files in its own folders: text pages and the index's row chunks.
        foreach (var (subfolder, pattern) in new[] { ("texts", "*.html"), ("rows", "rows-*.js") })
        {
            var path = Path.Combine(folder, subfolder);
            if (!Directory.Exists(path))
            {
                continue;
            }
            foreach (var file in Directory.EnumerateFiles(path, pattern))
            {
                if (!written.Contains(subfolder + "/" + Path.GetFileName(file)))
                {
                    File.Delete(file);
                }
            }
        }
    }
}
