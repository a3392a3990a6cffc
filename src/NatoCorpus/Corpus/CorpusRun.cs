using NatoCorpus.Pipeline;

namespace NatoCorpus.Corpus;

/// <summary>Reads and processes raw texts; a file that cannot be read gets an error result, the run goes on.</summary>
public static class CorpusRun
{
    public static IReadOnlyList<DocumentResult> Process(CorpusEngine engine, CorpusLayout layout, IReadOnlyList<string> rawFiles, int jobs = 0)
    {
        var results = new DocumentResult[rawFiles.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = jobs > 0 ? jobs : Environment.ProcessorCount };
        // Results land at their input index, so the output order never depends on scheduling.
        Parallel.For(0, rawFiles.Count, parallel, index => results[index] = ProcessOne(engine, layout, rawFiles[index]));
        return results;
    }

    public static DocumentResult ProcessOne(CorpusEngine engine, CorpusLayout layout, string path)
    {
        RawInput input;
        try
        {
            input = RawFiles.Read(layout, path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var relative = layout.Relative(path);
            return new DocumentResult(RawFiles.IdOf(path), relative, [], null, null, null, new InputError(relative, 1, 1, $"cannot read: {exception.Message}"));
        }
        return RawFiles.IsMarkdown(path) ? engine.ProcessMarkdown(input) : engine.Process(input);
    }
}
