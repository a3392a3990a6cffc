using NatoCorpus.Commands;
using NatoCorpus.Configuration;

namespace NatoCorpus.Tests.Commands;

/// <summary>Parallel runs, the check cache and shards never change what is reported.</summary>
public sealed class ScaleTests : IDisposable
{
    private readonly TempCorpus _corpus = new();

    private string _root => _corpus.Root;

    public ScaleTests()
    {
        // More texts than one processing window, with a few defects that check reports.
        var raw = Path.Combine(_root, "raw");
        var seeds = Directory.EnumerateFiles(raw, "*.txt").Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < 300; i++)
        {
            var seed = seeds[i % seeds.Length];
            var id = $"x{i:D3}";
            var text = File.ReadAllText(seed);
            if (i % 37 == 0)
            {
                text = text.Replace("Stoltenberg", "« Stoltenberg", StringComparison.Ordinal);
            }
            File.WriteAllText(Path.Combine(raw, id + ".txt"), text);
            var sidecar = Path.ChangeExtension(seed, null) + ".meta.yaml";
            if (File.Exists(sidecar))
            {
                File.Copy(sidecar, Path.Combine(raw, id + ".meta.yaml"));
            }
        }
        _corpus.Run(environment => NormalizeCommand.Run(environment, new NormalizeRequest([], null, false)));
        // One stale file.
        File.AppendAllText(Path.Combine(raw, "x001.txt"), "\nUne phrase de plus.");
    }

    public void Dispose() => _corpus.Dispose();

    private (int Exit, string Output, string Error) Check(string format, int jobs = 0, string? shard = null, bool cache = true) =>
        _corpus.Run(environment => CheckCommand.Run(environment, new CheckRequest(format, false, null, jobs, Shard: shard, UseCache: cache)));

    private string Lint(string format, int jobs) =>
        _corpus.Run(environment => LintCommand.Run(environment, new LintRequest([], format, false, Jobs: jobs))).Output;

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("github")]
    public void One_job_and_many_jobs_give_the_same_bytes(string format)
    {
        Assert.Equal(Lint(format, jobs: 1), Lint(format, jobs: 4));
        Assert.Equal(Check(format, jobs: 1, cache: false).Output, Check(format, jobs: 4, cache: false).Output);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("github")]
    public void A_cache_hit_gives_the_same_bytes_as_a_miss(string format)
    {
        var miss = Check(format, cache: false);
        Assert.Equal(1, miss.Exit);
        var cold = Check(format);
        var warm = Check(format);
        Assert.Equal(miss, cold);
        Assert.Equal(miss, warm);
        Assert.True(File.Exists(Path.Combine(_root, ".natocorpus-cache", "check.json")));
    }

    [Fact]
    public void An_edited_text_is_rechecked_and_the_others_come_from_the_cache()
    {
        Check("json");
        var before = File.ReadAllText(Path.Combine(_root, ".natocorpus-cache", "check.json"));
        File.AppendAllText(Path.Combine(_root, "raw", "x200.txt"), "\nUne autre phrase.");
        var (exit, output, _) = Check("text");
        Assert.Equal(1, exit);
        Assert.Contains("normalized/x200.md:1:1: error NC902 stale-normalized", output, StringComparison.Ordinal);
        Assert.Equal(Check("text", cache: false).Output, output);
        Assert.NotEqual(before, File.ReadAllText(Path.Combine(_root, ".natocorpus-cache", "check.json")));
    }

    /// <summary>
    /// Plants a finding in every cache entry that check trusts (not a stale one, always recomputed for its diff),
    /// so a hit is visible in the output: a planted finding shows only when its entry was not recomputed.
    /// </summary>
    private int PlantInCache()
    {
        var path = Path.Combine(_root, ".natocorpus-cache", "check.json");
        var cache = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!;
        var planted = 0;
        foreach (var (_, entry) in cache["Entries"]!.AsObject())
        {
            if (entry!["NormalizedFindings"]!.AsArray().Any(finding => (string?)finding!["Rule"] == "NC902"))
            {
                continue;
            }
            entry["RawFindings"]!.AsArray().Add(System.Text.Json.Nodes.JsonNode.Parse(
                "{\"Rule\":\"NC113\",\"Severity\":1,\"Message\":\"planted in the cache\",\"Start\":0,\"Length\":0,\"Line\":1,\"Column\":1,"
                + "\"EndLine\":1,\"EndColumn\":1,\"FixDescription\":null,\"FixApplicability\":null,\"Edits\":null,\"FixedByNormalize\":false}"));
            planted++;
        }
        File.WriteAllText(path, cache.ToJsonString());
        return planted;
    }

    private static int Planted(string output) =>
        output.Split('\n').Count(line => line.EndsWith("NC113 doubtful-title: planted in the cache", StringComparison.Ordinal));

    [Fact]
    public void Touching_every_file_keeps_the_cache_hits_the_content_decides()
    {
        Check("text");
        var planted = PlantInCache();
        Assert.True(planted > 250, $"only {planted} entries planted");
        // As after a fresh clone: every file gets a new modification time, its bytes unchanged.
        var later = DateTime.UtcNow.AddHours(1);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_root, "raw")).Concat(Directory.EnumerateFiles(Path.Combine(_root, "normalized"))))
        {
            File.SetLastWriteTimeUtc(file, later);
        }
        Assert.Equal(planted, Planted(Check("text").Output));
    }

    [Fact]
    public void A_same_size_edit_with_its_time_restored_is_a_miss()
    {
        Check("text");
        var planted = PlantInCache();
        var path = Path.Combine(_root, "raw", "x200.txt");
        var time = File.GetLastWriteTimeUtc(path);
        var bytes = File.ReadAllBytes(path);
        var last = Array.LastIndexOf(bytes, (byte)'e');
        bytes[last] = (byte)'a';
        File.WriteAllBytes(path, bytes);
        File.SetLastWriteTimeUtc(path, time);
        Assert.Equal(bytes.Length, new FileInfo(path).Length);

        var output = Check("text").Output;
        Assert.Equal(planted - 1, Planted(output));
        Assert.DoesNotContain("raw/x200.txt:1:1: warning NC113 doubtful-title: planted in the cache", output, StringComparison.Ordinal);
        Assert.Contains("normalized/x200.md:1:1: error NC902 stale-normalized", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("{\"Format\":1,\"Key\":\"someone else\",\"Entries\":{}}")]
    [InlineData("{\"Format\":99,\"Key\":\"x\"}")]
    public void A_corrupt_or_foreign_cache_is_ignored_never_trusted(string content)
    {
        var expected = Check("json", cache: false).Output;
        Directory.CreateDirectory(Path.Combine(_root, ".natocorpus-cache"));
        File.WriteAllText(Path.Combine(_root, ".natocorpus-cache", "check.json"), content);
        var (_, output, _) = Check("json");
        Assert.Equal(expected, output);
    }

    [Fact]
    public void A_corrupt_cache_is_reported_with_a_warning()
    {
        Directory.CreateDirectory(Path.Combine(_root, ".natocorpus-cache"));
        File.WriteAllText(Path.Combine(_root, ".natocorpus-cache", "check.json"), "\u0000garbage");
        Assert.Contains("corrupt cache ignored", Check("text").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_union_of_the_shards_is_the_unsharded_run()
    {
        static IEnumerable<string> Findings(string github) => github.Split('\n').Where(line => line.StartsWith("::", StringComparison.Ordinal));
        var whole = Findings(Check("github", cache: false).Output).Order(StringComparer.Ordinal).ToArray();
        var parts = Enumerable.Range(1, 3).Select(i => Findings(Check("github", shard: $"{i}/3", cache: false).Output).ToArray()).ToArray();
        Assert.All(parts, part => Assert.NotEmpty(part));
        Assert.Equal(whole, parts.SelectMany(part => part).Order(StringComparer.Ordinal));
        Assert.Equal(whole.Length, parts.Sum(part => part.Length));
    }

    [Fact]
    public void A_bad_shard_is_a_usage_error()
    {
        Assert.Equal(2, Check("text", shard: "4/3").Exit);
        Assert.Equal(2, Check("text", shard: "one/two").Exit);
    }
}
