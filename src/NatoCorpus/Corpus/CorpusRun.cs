using System.Text.RegularExpressions;
using NatoCorpus.Input;
using NatoCorpus.Knowledge;
using NatoCorpus.Pipeline;

namespace NatoCorpus.Corpus;

/// <summary>Reads and processes raw texts; a file that cannot be read gets an error result, the run goes on.</summary>
public static class CorpusRun
{
    /// <summary>Files processed in parallel before their results are handed on, in order: bounds memory, not speed.</summary>
    private const int Window = 256;

    /// <summary>
    /// Processes the files in parallel and hands each result to <paramref name="consume"/> in file order, a
    /// window at a time, so memory stays flat whatever the corpus size and the output never depends on scheduling.
    /// </summary>
    public static void Stream(CorpusEngine engine, CorpusLayout layout, IReadOnlyList<string> rawFiles, int jobs, Action<DocumentResult> consume)
    {
        var collisions = Collisions(rawFiles);
        Ordered(rawFiles, jobs, path => ProcessOne(engine, layout, path, collisions), consume);
    }

    /// <summary>Runs <paramref name="work"/> on the files in parallel, a window at a time, and consumes the results in file order.</summary>
    public static void Ordered<T>(IReadOnlyList<string> files, int jobs, Func<string, T> work, Action<T> consume)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = jobs > 0 ? jobs : Environment.ProcessorCount };
        var window = new T[Math.Min(Window, files.Count)];
        for (var start = 0; start < files.Count; start += Window)
        {
            var count = Math.Min(Window, files.Count - start);
            Parallel.For(0, count, parallel, offset => window[offset] = work(files[start + offset]));
            for (var offset = 0; offset < count; offset++)
            {
                consume(window[offset]);
                window[offset] = default!;
            }
        }
    }

    /// <summary>One file, refused if its normalized name collides with another's.</summary>
    public static DocumentResult ProcessOne(CorpusEngine engine, CorpusLayout layout, string path, IReadOnlyDictionary<string, string[]> collisions)
    {
        var (input, refusal) = Read(engine, layout, path, collisions);
        return refusal ?? Process(engine, input!);
    }

    /// <summary>All results at once: for tests and small inputs. Commands use <see cref="Stream"/>.</summary>
    public static IReadOnlyList<DocumentResult> Process(CorpusEngine engine, CorpusLayout layout, IReadOnlyList<string> rawFiles, int jobs = 0)
    {
        var results = new List<DocumentResult>(rawFiles.Count);
        Stream(engine, layout, rawFiles, jobs, results.Add);
        return results;
    }

    /// <summary>Raw files whose ids collide (same stem in two folders or with two extensions), with the others of their id.</summary>
    public static Dictionary<string, string[]> Collisions(IReadOnlyList<string> rawFiles) =>
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

    public static DocumentResult ProcessOne(CorpusEngine engine, CorpusLayout layout, string path) =>
        ProcessOne(engine, layout, path, System.Collections.Frozen.FrozenDictionary<string, string[]>.Empty);

    /// <summary>
    /// Reads one raw text and its sidecar, or gives the refusal that stands for its result: a name collision, a
    /// symbolic link out of the corpus, a file that is not a regular file or is over the size limit, a file that
    /// cannot be read. Reading is apart from processing so a caller can hash the very bytes the engine is given
    /// (check's cache).
    /// </summary>
    public static (RawInput? Input, DocumentResult? Refusal) Read(CorpusEngine engine, CorpusLayout layout, string path, IReadOnlyDictionary<string, string[]> collisions)
    {
        if (collisions.TryGetValue(path, out var others))
        {
            return (null, Refused(layout, path, $"its normalized name {RawFiles.IdOf(path)}.md is also the name of {string.Join(", ", others.Select(layout.Relative))}: rename one"));
        }
        try
        {
            var info = new FileInfo(path);
            // Lexically inside the corpus but leading out of it: refused, as discovery refuses such a linked folder.
            if (info.LinkTarget is not null && CorpusPaths.IsInside(layout.Root, path) && !CorpusPaths.LeadsInside(layout.Root, path))
            {
                return (null, Refused(layout, path, $"symbolic link to {CorpusPaths.RealPath(path) ?? info.LinkTarget}, outside the corpus: refused"));
            }
            if (BoundedFile.KindOf(path) is var kind and not (FileKind.Regular or FileKind.Unknown or FileKind.Missing))
            {
                // Never opened: opening a FIFO waits for a writer forever.
                return (null, Refused(layout, path, $"not a regular file ({BoundedFile.Describe(kind)}): refused unread"));
            }
            if (info.Exists && info.Length > engine.Options.MaxFileBytes)
            {
                // Refused before reading: a huge file must not be loaded to be rejected.
                return (null, Refused(layout, path, $"file is larger than the limit of {engine.Options.MaxFileBytes} bytes (max_file_size)"));
            }
            return (RawFiles.Read(layout, path, engine.Options.MaxFileBytes), null);
        }
        catch (UnreadableFileException exception) when (exception.Path != path)
        {
            // The sidecar is what cannot be read: name it, and say its text is not processed without it.
            var relative = layout.Relative(exception.Path);
            return (null, new DocumentResult(RawFiles.IdOf(path), layout.Relative(path), [], null, null, null,
                new InputError(relative, 1, 1, $"{exception.Reason} (sidecar of {layout.Relative(path)}, which is not processed)")));
        }
        catch (UnreadableFileException exception)
        {
            return (null, Refused(layout, path, exception.Reason));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (null, Refused(layout, path, $"cannot read: {exception.Message}"));
        }
    }

    /// <summary>
    /// Processes what <see cref="Read"/> read: a raw text, or a normalized Markdown file given to lint. Whatever goes
    /// wrong with this file (a data-file pattern runs out of time on it, its HTML cannot be parsed) is its result's
    /// <see cref="DocumentResult.Error"/>, one line naming the file: the run goes on with the others.
    /// </summary>
    public static DocumentResult Process(CorpusEngine engine, RawInput input)
    {
        try
        {
            return Run(engine, input);
        }
        catch (RegexMatchTimeoutException exception)
        {
            // A data-file pattern timed out twice (AdaptiveRegex tries once more with more time): it backtracks
            // without end on this text.
            return Refused(input, TimedOut(exception));
        }
        catch (InputRejectedException exception)
        {
            return Refused(input, exception.Reason);
        }
    }

    private static DocumentResult Run(CorpusEngine engine, RawInput input) =>
        RawFiles.IsMarkdown(input.RelativePath) ? engine.ProcessMarkdown(input) : engine.Process(input);

    private static DocumentResult Refused(RawInput input, string reason) =>
        new(input.Id, input.RelativePath, [], null, null, null, new InputError(input.RelativePath, 1, 1, reason));

    /// <summary>The one line that says a data-file pattern ran out of time, with the start of the pattern.</summary>
    public static string TimedOut(RegexMatchTimeoutException exception)
    {
        const int Shown = 60;
        var pattern = exception.Pattern.Length > Shown ? exception.Pattern[..Shown] + "…" : exception.Pattern;
        var seconds = exception.MatchTimeout.TotalSeconds.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        return $"a data-file pattern ran longer than {seconds} s on this text, which is not processed: simplify the pattern ({pattern})";
    }
}
