using System.Text.Json.Nodes;
using NatoCorpus.Commands;

namespace NatoCorpus.Tests.Commands;

/// <summary>
/// The check cache as CI uses it: written by a run in one checkout, restored into a fresh clone somewhere else
/// (new modification times, another absolute path), where every unchanged text must still be a hit.
/// </summary>
public sealed class FreshCloneCacheTests : IDisposable
{
    private readonly TempCorpus _corpus = new();
    private readonly string _clone = Path.Combine(Path.GetTempPath(), "natocorpus-clone-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        _corpus.Dispose();
        if (Directory.Exists(_clone))
        {
            Directory.Delete(_clone, recursive: true);
        }
    }

    private static (int Exit, string Output, string Error) Check(string root) =>
        TempCorpus.RunAt(root, environment => CheckCommand.Run(environment, new CheckRequest("text", false, null)));

    [Fact]
    public void A_cache_restored_into_a_fresh_clone_hits_on_every_unchanged_text()
    {
        // A data file under data: too, so its name is part of the cache key as it is in a real corpus.
        File.WriteAllText(Path.Combine(_corpus.Root, "typos.yaml"), "substitutions:\n  - match: Afganistan\n    replace: Afghanistan\n");
        File.WriteAllText(Path.Combine(_corpus.Root, "natocorpus.yaml"), File.ReadAllText(Path.Combine(_corpus.Root, "natocorpus.yaml")).Replace("data: []", "data: [typos.yaml]", StringComparison.Ordinal));
        GitRepository.InitAndCommit(_corpus.Root);
        Assert.Equal(0, Check(_corpus.Root).Exit);

        // A finding planted in every entry shows only where the entry is trusted, not recomputed.
        var cacheFile = Path.Combine(_corpus.Root, CheckCommand.DefaultCacheFolder, "check.json");
        var cache = JsonNode.Parse(File.ReadAllText(cacheFile))!;
        var entries = cache["Entries"]!.AsObject();
        Assert.Equal(5, entries.Count);
        foreach (var (_, entry) in entries)
        {
            entry!["RawFindings"]!.AsArray().Add(JsonNode.Parse(
                "{\"Rule\":\"NC113\",\"Severity\":1,\"Message\":\"planted in the cache\",\"Start\":0,\"Length\":0,\"Line\":1,\"Column\":1,"
                + "\"EndLine\":1,\"EndColumn\":1,\"FixDescription\":null,\"FixApplicability\":null,\"Edits\":null,\"FixedByNormalize\":false}"));
        }
        File.WriteAllText(cacheFile, cache.ToJsonString());

        // As actions/checkout and actions/cache do: a clone in another folder, the cache folder copied into it.
        GitRepository.Git(Path.GetTempPath(), "clone", "-q", _corpus.Root, _clone);
        Directory.CreateDirectory(Path.Combine(_clone, CheckCommand.DefaultCacheFolder));
        File.Copy(cacheFile, Path.Combine(_clone, CheckCommand.DefaultCacheFolder, "check.json"));

        var (_, output, error) = Check(_clone);
        Assert.Equal(5, output.Split('\n').Count(line => line.EndsWith("NC113 doubtful-title: planted in the cache", StringComparison.Ordinal)));
        Assert.DoesNotContain("corrupt", error, StringComparison.Ordinal);
    }
}
