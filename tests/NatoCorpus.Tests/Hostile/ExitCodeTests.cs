using System.Diagnostics;

namespace NatoCorpus.Tests.Hostile;

/// <summary>
/// Exit codes as the README gives them (0 clean, 1 findings, 2 usage error or unreadable input, 3 internal error),
/// from the real executable; and runs at once that share a cache and an output folder.
/// </summary>
public sealed class ExitCodeTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);

    private readonly HostileCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public void Each_class_of_outcome_has_its_exit_code_and_no_stack_trace()
    {
        Assert.Equal(0, _corpus.Process(Limit, "check").Exit);
        Assert.Equal(2, _corpus.Process(Limit, "lint", "--no-such-option").Exit);

        File.AppendAllText(Path.Combine(_corpus.Normalized, "000_74c7c2f7b85c15bf.md"), "\nUn ajout.\n");
        Assert.Equal(1, _corpus.Process(Limit, "check").Exit);

        File.WriteAllText(Path.Combine(_corpus.Raw, "bad.meta.yaml"), "date: [\n");
        _corpus.AddText("bad", sidecar: null);
        var (exit, output, error, _) = _corpus.Process(Limit, "check", "--format", "sarif");
        Assert.Equal(2, exit);
        Assert.Contains("raw/bad.meta.yaml", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_checks_at_once_sharing_one_cache_both_finish_and_leave_a_usable_cache()
    {
        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => _corpus.Process(Limit, "check"))));
        Assert.All(runs, run => Assert.Equal(0, run.Exit));
        var cache = Path.Combine(_corpus.Root, ".natocorpus-cache");
        Assert.Single(Directory.EnumerateFiles(cache));
        var warm = _corpus.Process(Limit, "check");
        Assert.Equal(0, warm.Exit);
        Assert.DoesNotContain("cache ignored", warm.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_normalize_and_a_check_at_once_never_see_half_a_file()
    {
        foreach (var file in Directory.EnumerateFiles(_corpus.Normalized))
        {
            File.Delete(file);
        }
        var normalize = Task.Run(() => _corpus.Process(Limit, "normalize"));
        var check = Task.Run(() => _corpus.Process(Limit, "check", "--no-cache", "--format", "json"));
        var (normalized, checkedMeanwhile) = (await normalize, await check);
        Assert.Equal(0, normalized.Exit);
        // check saw each file missing or whole: stale findings (exit 1) or none, never an unreadable one.
        Assert.InRange(checkedMeanwhile.Exit, 0, 1);
        Assert.Equal(0, _corpus.Process(Limit, "check", "--no-cache").Exit);
    }
}
