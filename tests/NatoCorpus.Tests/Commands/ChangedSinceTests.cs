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

    private int Stale(string output) => output.Split('\n').Count(line => line.Contains("error NC902 stale-normalized", StringComparison.Ordinal));

    [Fact]
    public void A_configuration_change_alone_checks_everything_and_fails_as_a_full_check()
    {
        // Issue 13's case: only natocorpus.yaml changes, and every normalized file becomes stale.
        InitRepository();
        var config = Path.Combine(_root, "natocorpus.yaml");
        File.WriteAllText(config, File.ReadAllText(config).Replace("no_break_space: nbsp", "no_break_space: narrow", StringComparison.Ordinal));
        Git("commit", "-q", "-am", "narrow no-break spaces");
        var full = _corpus.Run(environment => CheckCommand.Run(environment, new CheckRequest("text", false, null, UseCache: false)));
        Assert.Equal(1, full.Exit);

        var (exit, output, error) = Check("HEAD~1");
        Assert.Equal(1, exit);
        Assert.Equal(5, Stale(output));
        Assert.Equal(full.Output, output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("natocorpus: the configuration natocorpus.yaml changed since HEAD~1: checking all 5 raw texts", line);
    }

    [Fact]
    public void A_data_file_change_alone_checks_everything()
    {
        File.WriteAllText(Path.Combine(_root, "typos.yaml"), "substitutions:\n  - match: Afganistan\n    replace: Afghanistan\n");
        var config = Path.Combine(_root, "natocorpus.yaml");
        File.WriteAllText(config, File.ReadAllText(config).Replace("data: []", "data: [typos.yaml]", StringComparison.Ordinal));
        InitRepository();
        Assert.Equal(0, Check("HEAD").Exit);

        // Uncommitted, as in a working copy: the data file alone changes what normalize writes.
        File.WriteAllText(Path.Combine(_root, "typos.yaml"), "substitutions:\n  - match: Stoltenberg\n    replace: Stoltenbergg\n");
        var (exit, output, error) = Check("HEAD");
        Assert.Equal(1, exit);
        Assert.True(Stale(output) >= 1, output);
        Assert.Contains("natocorpus: the data file typos.yaml changed since HEAD: checking all 5 raw texts", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_to_the_gitignore_checks_everything()
    {
        InitRepository();
        File.WriteAllText(Path.Combine(_root, ".gitignore"), "report/\n");
        var (exit, output, error) = Check("HEAD");
        Assert.Equal(0, exit);
        Assert.Contains("natocorpus: .gitignore (which ignore: honours) changed since HEAD: checking all 5 raw texts", error, StringComparison.Ordinal);
        Assert.Contains("5 files", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(".config/dotnet-tools.json")]
    [InlineData(".github/workflows/corpus.yml")]
    public void A_change_where_the_tool_version_is_pinned_checks_everything(string pin)
    {
        var path = Path.Combine(_root, pin);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "version 0.1.0\n");
        InitRepository();
        File.WriteAllText(path, "version 0.2.0\n");
        Git("commit", "-q", "-am", "new tool version");
        var (exit, output, error) = Check("HEAD~1");
        Assert.Equal(0, exit);
        Assert.Contains($"natocorpus: {pin} (where the tool version is pinned) changed since HEAD~1: checking all 5 raw texts", error, StringComparison.Ordinal);
        Assert.Contains("5 files", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_changes_outside_the_corpus_folders_check_only_the_changed_texts()
    {
        InitRepository();
        File.WriteAllText(Path.Combine(_root, "NOTES.md"), "notes\n");
        var (exit, _, error) = Check("HEAD");
        Assert.Equal(0, exit);
        Assert.Contains("0 raw texts changed since HEAD", error, StringComparison.Ordinal);
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
