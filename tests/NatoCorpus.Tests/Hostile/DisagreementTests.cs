namespace NatoCorpus.Tests.Hostile;

/// <summary>
/// Where two commands disagreed or the tool said nothing: year 0000, duplicate keys, a sidecar without its text,
/// a folder named like a sidecar, and normalize and lint --fix undoing each other on a text without paragraphs.
/// </summary>
public sealed class DisagreementTests : IDisposable
{
    private readonly HostileCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    [Theory]
    [InlineData("date: 0000-01-01\n", "date '0000-01-01': there is no year 0000")]
    [InlineData("retrieved: 0000-06-01T10:00:00+01:00\n", "retrieved '0000-06-01T10:00:00+01:00': there is no year 0000")]
    public void Year_0000_in_a_sidecar_is_refused_by_normalize_and_check_alike(string sidecar, string reason)
    {
        _corpus.AddText("ancient", sidecar);
        var normalize = _corpus.Normalize();
        Assert.Equal(2, normalize.Exit);
        Assert.Contains($"raw/ancient.meta.yaml:1:", normalize.Error, StringComparison.Ordinal);
        Assert.Contains(reason, normalize.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_corpus.Normalized, "ancient.md")));
        var check = _corpus.Check();
        Assert.Equal(2, check.Exit);
        Assert.Contains(reason, check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_given_twice_in_a_sidecar_is_an_error_naming_the_key_and_line()
    {
        _corpus.AddText("twice", "title: Un titre\ndate: 2024-01-01\ntitle: Un autre titre\n");
        var (exit, _, error) = _corpus.Normalize();
        Assert.Equal(2, exit);
        Assert.Contains("raw/twice.meta.yaml:3:1: error: ", error, StringComparison.Ordinal);
        Assert.Contains("duplicate key title", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_given_twice_in_the_configuration_is_an_error_naming_the_key_and_line()
    {
        _corpus.Config("raw: raw\nnormalized: normalized\nraw: elsewhere\n");
        var (exit, _, error) = _corpus.RunCli("lint");
        Assert.Equal(2, exit);
        Assert.StartsWith("natocorpus.yaml:3:1: error: ", error, StringComparison.Ordinal);
        Assert.Contains("duplicate key raw", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sidecar_without_its_text_and_a_folder_named_like_a_sidecar_get_a_warning_naming_them()
    {
        File.WriteAllText(Path.Combine(_corpus.Raw, "lonely.meta.yaml"), "date: 2024-01-01\n");
        _corpus.AddText("shadowed", sidecar: null);
        Directory.CreateDirectory(Path.Combine(_corpus.Raw, "shadowed.meta.yaml"));
        foreach (var run in new Func<(int Exit, string Output, string Error)>[] { () => _corpus.Normalize(), () => _corpus.Lint(), () => _corpus.Check() })
        {
            var (_, _, error) = run();
            Assert.Contains("raw/lonely.meta.yaml: warning: sidecar without a raw text (lonely.txt, .html or .htm): ignored", error, StringComparison.Ordinal);
            Assert.Contains("raw/shadowed.meta.yaml: warning: a folder named like a sidecar: ignored", error, StringComparison.Ordinal);
        }
        // Warnings, not refusals: the text beside the folder is normalized (it has its own date).
        Assert.Contains("raw/shadowed.meta.yaml: warning", _corpus.Normalize(paths: "raw/shadowed.txt").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_and_header_only_text_is_stable_under_normalize_then_lint_fix_then_normalize()
    {
        _corpus.AddText("bare", sidecar: null, text: "Un titre sur la défense européenne\n\n18 février 2008\n");
        Assert.Equal(0, _corpus.Normalize().Exit);
        var path = Path.Combine(_corpus.Normalized, "bare.md");
        var first = File.ReadAllText(path);
        Assert.EndsWith("---\n\n", first, StringComparison.Ordinal);

        var fix = _corpus.Lint(fix: true, paths: "normalized/bare.md");
        Assert.Equal(0, fix.Exit);
        Assert.DoesNotContain("fixed", fix.Error, StringComparison.Ordinal);
        Assert.Equal(first, File.ReadAllText(path));

        var again = _corpus.Normalize();
        Assert.Contains("0 written", again.Output, StringComparison.Ordinal);
        Assert.Equal(first, File.ReadAllText(path));
        Assert.Equal(0, _corpus.Check().Exit);
    }
}
