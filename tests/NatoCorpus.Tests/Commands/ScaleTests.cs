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
