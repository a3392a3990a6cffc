using System.Security.Cryptography;

namespace NatoCorpus.Tests.Hostile;

/// <summary>
/// Nothing is written outside its place: never into raw/ (by configuration, --out or lint --fix), never through a
/// symbolic link, never a deletion of a file the tool did not write, never a folder outside the corpus unasked.
/// </summary>
public sealed class PlaceTests : IDisposable
{
    private readonly HostileCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    private Dictionary<string, string> RawState() =>
        Directory.EnumerateFiles(_corpus.Raw, "*", SearchOption.AllDirectories)
            .ToDictionary(file => file, file => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file))) + File.GetLastWriteTimeUtc(file).Ticks);

    [Theory]
    [InlineData("normalized: raw\n")]
    [InlineData("normalized: raw/out\n")]
    [InlineData("raw: texts\nnormalized: texts/./\n")]
    public void A_configuration_putting_normalized_output_in_raw_is_refused(string yaml)
    {
        Directory.CreateDirectory(Path.Combine(_corpus.Root, "texts"));
        _corpus.Config(yaml);
        var before = RawState();
        var (exit, _, error) = _corpus.RunCli("normalize");
        Assert.Equal(2, exit);
        Assert.Contains("natocorpus.yaml:", error, StringComparison.Ordinal);
        Assert.Contains("is the raw folder or inside it", error, StringComparison.Ordinal);
        Assert.Equal(before, RawState());
    }

    [Theory]
    [InlineData("raw")]
    [InlineData("raw/sub")]
    [InlineData("link-to-raw")]
    public void Out_into_raw_is_refused(string outFolder)
    {
        Directory.CreateSymbolicLink(Path.Combine(_corpus.Root, "link-to-raw"), _corpus.Raw);
        var before = RawState();
        var (exit, _, error) = _corpus.RunCli("normalize", "--out", outFolder);
        Assert.Equal(2, exit);
        Assert.Contains("is the raw folder or inside it", error, StringComparison.Ordinal);
        Assert.Equal(before, RawState());
    }

    [Fact]
    public void Recurring_out_into_raw_is_refused()
    {
        var before = RawState();
        var (exit, _, error) = _corpus.RunCli("recurring", "--out", "raw/furniture.yaml");
        Assert.Equal(2, exit);
        Assert.Contains("is inside the raw folder: refused", error, StringComparison.Ordinal);
        Assert.Equal(before, RawState());
    }

    [Fact]
    public void Lint_fix_never_edits_a_markdown_file_under_raw()
    {
        var repost = Path.Combine(_corpus.Raw, "sub", "repost.md");
        Directory.CreateDirectory(Path.GetDirectoryName(repost)!);
        File.WriteAllText(repost, "---\ntitle: Un titre\n---\n\nL'OTAN  est   prête .\n");
        var before = RawState();
        var (exit, _, error) = _corpus.Lint(fix: true, paths: "raw/sub");
        Assert.Equal(2, exit);
        Assert.Contains("--fix does not edit files under the raw folder (raw/sub/repost.md)", error, StringComparison.Ordinal);
        Assert.Equal(before, RawState());
    }

    [Fact]
    public void Only_the_tools_own_old_temporaries_are_cleaned_up()
    {
        var old = DateTime.UtcNow.AddHours(-2);
        var stranger = Path.Combine(_corpus.Normalized, ".notes.tmp");
        var ours = Path.Combine(_corpus.Normalized, NatoCorpus.Corpus.AtomicFile.TemporaryName("x.md"));
        var oursYoung = Path.Combine(_corpus.Normalized, NatoCorpus.Corpus.AtomicFile.TemporaryName("y.md"));
        var oldPattern = Path.Combine(_corpus.Normalized, ".x.md.0123456789abcdef0123456789abcdef.tmp");
        foreach (var file in new[] { stranger, ours, oursYoung, oldPattern })
        {
            File.WriteAllText(file, "x");
        }
        foreach (var file in new[] { stranger, ours, oldPattern })
        {
            File.SetLastWriteTimeUtc(file, old);
        }
        Assert.Equal(0, _corpus.Normalize().Exit);
        Assert.False(File.Exists(ours));
        Assert.True(File.Exists(stranger));
        Assert.True(File.Exists(oldPattern));
        Assert.True(File.Exists(oursYoung));
    }

    [Fact]
    public void Init_force_writes_atomically_and_never_through_a_symbolic_link()
    {
        var config = Path.Combine(_corpus.Root, "natocorpus.yaml");
        var elsewhere = Path.Combine(_corpus.Root, "precious.txt");
        File.WriteAllText(elsewhere, "keep me");
        File.Delete(config);
        File.CreateSymbolicLink(config, elsewhere);
        var linked = _corpus.RunCli("init", "--force");
        Assert.Equal(2, linked.Exit);
        Assert.Contains("natocorpus.yaml:1:1: error: cannot write: is a symbolic link", linked.Error, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(elsewhere));

        var again = _corpus.RunCli("init");
        Assert.Equal(2, again.Exit);
        Assert.Contains("already exists", again.Error, StringComparison.Ordinal);

        File.Delete(config);
        File.WriteAllText(config, "old");
        var forced = _corpus.RunCli("init", "--force");
        Assert.Equal(0, forced.Exit);
        Assert.Equal(NatoCorpus.Commands.InitCommand.DefaultConfig, File.ReadAllText(config));
        Assert.Empty(Directory.EnumerateFiles(_corpus.Root, ".*.tmp"));
    }

    [Fact]
    public void A_normalized_file_that_is_a_symbolic_link_is_refused_not_written_through()
    {
        _corpus.AddText("linked");
        var target = Path.Combine(_corpus.Root, "precious.md");
        File.WriteAllText(target, "keep me");
        File.CreateSymbolicLink(Path.Combine(_corpus.Normalized, "linked.md"), target);
        var (exit, output, error) = _corpus.Normalize();
        Assert.Equal(2, exit);
        Assert.Contains("normalized/linked.md:1:1: error: cannot write: is a symbolic link", error, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(target));
        Assert.NotNull(new FileInfo(Path.Combine(_corpus.Normalized, "linked.md")).LinkTarget);
        Assert.Contains("1 not normalized", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("normalized: ../{out}\n", "normalized")]
    [InlineData("raw: ../{out}\n", "raw")]
    [InlineData("data: [../{out}.yaml]\n", "data")]
    public void Configured_folders_outside_the_root_are_refused_unless_allowed(string template, string key)
    {
        var name = "natocorpus-outside-" + Guid.NewGuid().ToString("N");
        var outside = Path.Combine(Path.GetDirectoryName(_corpus.Root)!, name);
        Directory.CreateDirectory(outside);
        File.WriteAllText(outside + ".yaml", "substitutions: []\n");
        try
        {
            var yaml = template.Replace("{out}", name, StringComparison.Ordinal);
            _corpus.Config(yaml);
            var (exit, _, error) = _corpus.RunCli("normalize", "--check");
            Assert.Equal(2, exit);
            Assert.StartsWith("natocorpus.yaml:1:", error, StringComparison.Ordinal);
            Assert.Contains($"error: {key}: ", error, StringComparison.Ordinal);
            Assert.Contains("outside the corpus root", error, StringComparison.Ordinal);
            Assert.Contains("allow_outside_root: true", error, StringComparison.Ordinal);

            _corpus.Config(yaml + "allow_outside_root: true\n");
            var allowed = _corpus.RunCli("normalize", "--check");
            Assert.True(allowed.Exit != 2, allowed.Error);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
            File.Delete(outside + ".yaml");
        }
    }

    [Fact]
    public void A_folder_linked_out_of_the_corpus_is_refused_as_configuration()
    {
        var outside = Path.Combine(Path.GetTempPath(), "natocorpus-outside-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outside);
        try
        {
            Directory.CreateSymbolicLink(Path.Combine(_corpus.Root, "out"), outside);
            _corpus.Config("normalized: out\n");
            var (exit, _, error) = _corpus.RunCli("normalize");
            Assert.Equal(2, exit);
            Assert.Contains("normalized: 'out' leads outside the corpus root", error, StringComparison.Ordinal);
            Assert.Empty(Directory.EnumerateFileSystemEntries(outside));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }
}
