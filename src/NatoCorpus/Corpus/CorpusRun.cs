using NatoCorpus.Pipeline;

namespace NatoCorpus.Corpus;

/// <summary>Reads and processes raw texts; a file that cannot be read gets an error result, the run goes on.</summary>
public static class CorpusRun
{
    public static IReadOnlyList<DocumentResult> Process(CorpusEngine engine, CorpusLayout layout, IReadOnlyList<string> rawFiles, int jobs = 0)
    {
        var results = new DocumentResult[rawFiles.Count];
        var collisions = Collisions(rawFiles);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = jobs > 0 ? jobs : Environment.ProcessorCount };
        // Results land at their input index, so the output order never depends on scheduling.
        Parallel.For(0, rawFiles.Count, parallel, index => results[index] = collisions.TryGetValue(rawFiles[index], out var others)
            ? Refused(layout, rawFiles[index], $"its normalized name {RawFiles.IdOf(rawFiles[index])}.md is also the name of {string.Join(", ", others.Select(layout.Relative))}: rename one")
            : ProcessOne(engine, layout, rawFiles[index]));
        return results;
    }

    /// <summary>Raw files whose ids collide (same stem in two folders or with two extensions), with the others of their id.</summary>
    private static Dictionary<string, string[]> Collisions(IReadOnlyList<string> rawFiles) =>
        rawFiles.Where(path => !RawFiles.IsMarkdown(path))
            .GroupBy(RawFiles.IdOf, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .SelectMany(group => group.Select(path => (path, others: group.Where(other => other != path).ToArray())))
            .ToDictionary(pair => pair.path, pair => pair.others, StringComparer.Ordinal);

    private static DocumentResult Refused(CorpusLayout layout, string path, string reason)
    {
        var relative = layout.Relative(path);
        return new DocumentResult(RawFiles.IdOf(path), relative, [], null, null, null, new InputError(relative, 1, 1, reason));
    }

    public static DocumentResult ProcessOne(CorpusEngine engine, CorpusLayout layout, string path)
    {
        RawInput input;
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target && !IsInside(layout.Root, target.FullName))
            {
                return Refused(layout, path, $"symbolic link to {target.FullName}, outside the corpus: refused");
            }
            if (info.Exists && info.Length > engine.Options.MaxFileBytes)
            {
                // Refused before reading: a huge file must not be loaded to be rejected.
                return Refused(layout, path, $"file is larger than the limit of {engine.Options.MaxFileBytes} bytes (max_file_size)");
            }
            input = RawFiles.Read(layout, path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Refused(layout, path, $"cannot read: {exception.Message}");
        }
        return RawFiles.IsMarkdown(path) ? engine.ProcessMarkdown(input) : engine.Process(input);
    }

    private static bool IsInside(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        return relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }
}
