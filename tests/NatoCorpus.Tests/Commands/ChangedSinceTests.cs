using NatoCorpus.Commands;
using NatoCorpus.Configuration;

namespace NatoCorpus.Tests.Commands;

/// <summary>`check --changed-since` against a git repository made in the test.</summary>
public sealed class ChangedSinceTests : IDisposable
{
    private readonly TempCorpus _corpus = new();

    private string _root => _corpus.Root;

    public void Dispose() => _corpus.Dispose();

    private void Git(params string[] args) => GitRepository.Git(_root, args);

    private (int Exit, string Output, string Error) Check(string reference)
    {
        return _corpus.Run(environment => CheckCommand.Run(environment, new CheckRequest("text", false, null, ChangedSince: reference)));
    }

    private void InitRepository() => GitRepository.InitAndCommit(_root);

    [Fact]
    public void Only_the_changed_raw_text_and_its_normalized_file_are_checked()
    {
        InitRepository();
        var (cleanExit, _, cleanError) = Check("HEAD");
        Assert.Equal(0, cleanExit);
        Assert.Contains("0 raw texts changed since HEAD", cleanError, StringComparison.Ordinal);

        var raw = Path.Combine(_root, "raw", "004_85a73e5d65096bc9.txt");
        File.AppendAllText(raw, "\nUne phrase ajoutée.");
        var (exit, output, error) = Check("HEAD");
        Assert.Equal(1, exit);
        Assert.Contains("1 raw texts changed since HEAD", error, StringComparison.Ordinal);
        Assert.Contains("normalized/004_85a73e5d65096bc9.md:1:1: error NC902 stale-normalized", output, StringComparison.Ordinal);
        Assert.DoesNotContain("raw/000_", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_renamed_raw_text_is_checked_under_its_new_name_and_its_old_output_is_an_orphan()
    {
        InitRepository();
        Git("mv", "raw/003_d134cf994f05418c.txt", "raw/003_renamed.txt");
        Git("commit", "-q", "-m", "rename");
        var (exit, output, error) = Check("HEAD~1");
        Assert.Equal(1, exit);
        Assert.Contains("1 raw texts changed since HEAD~1", error, StringComparison.Ordinal);
        Assert.Contains("normalized/003_renamed.md:1:1: error NC902 stale-normalized: missing", output, StringComparison.Ordinal);
        Assert.Contains("normalized/003_d134cf994f05418c.md:1:1: error NC904 orphan-normalized", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_git_it_says_so_and_checks_everything()
    {
        var (exit, output, error) = Check("HEAD");
        Assert.Equal(0, exit);
        Assert.Contains("not a git repository", error, StringComparison.Ordinal);
        Assert.Contains("5 files", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_ref_is_a_usage_error()
    {
        InitRepository();
        Assert.Equal(2, Check("no-such-branch").Exit);
    }
}
