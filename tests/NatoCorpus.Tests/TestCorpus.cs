using NatoCorpus.Corpus;
using NatoCorpus.Pipeline;

namespace NatoCorpus.Tests;

/// <summary>The repository's own corpus, found from the test binaries, and helpers to run the engine on text.</summary>
public static class TestCorpus
{
    public static string Root { get; } = FindRoot();

    public static CorpusLayout Layout { get; } = CorpusLayout.At(Root);

    public static IReadOnlyList<string> RawFiles { get; } = NatoCorpus.Corpus.RawFiles.Discover([Layout.RawDirectory]);

    public static IEnumerable<object[]> SeedIds => RawFiles.Select(path => new object[] { NatoCorpus.Corpus.RawFiles.IdOf(path) });

    public static CorpusEngine Engine { get; } = new(new EngineOptions());

    /// <summary>The generator `bench generate` uses, drawing on the repository's seed texts.</summary>
    public static CorpusGenerator Generator { get; } = CorpusGenerator.FromFolder(Layout.RawDirectory);

    public static DocumentResult ProcessSeed(string id) =>
        Engine.Process(NatoCorpus.Corpus.RawFiles.Read(Layout, Path.Combine(Layout.RawDirectory, id + ".txt")));

    public static DocumentResult ProcessText(string text, string id = "test", string? sidecar = null, EngineOptions? options = null) =>
        (options is null ? Engine : new CorpusEngine(options)).Process(new RawInput(
            id,
            $"raw/{id}.txt",
            System.Text.Encoding.UTF8.GetBytes(text),
            sidecar is null ? null : $"raw/{id}.meta.yaml",
            sidecar is null ? null : System.Text.Encoding.UTF8.GetBytes(sidecar)));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NatoCorpus.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("NatoCorpus.sln not found above the test binaries");
    }

    /// <summary>A throw-away copy of the repository's corpus (raw/, normalized/, config) for tests that change files.</summary>
    public static string CopyToTemporary()
    {
        var target = Path.Combine(Path.GetTempPath(), "natocorpus-test-" + Guid.NewGuid().ToString("N"));
        foreach (var folder in new[] { "raw", "normalized" })
        {
            Directory.CreateDirectory(Path.Combine(target, folder));
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, folder)))
            {
                File.Copy(file, Path.Combine(target, folder, Path.GetFileName(file)));
            }
        }
        var config = Path.Combine(Root, CorpusLayout.ConfigFileName);
        File.Copy(config, Path.Combine(target, CorpusLayout.ConfigFileName));
        return target;
    }
}
