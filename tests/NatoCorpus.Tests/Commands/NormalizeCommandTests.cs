using System.Security.Cryptography;
using NatoCorpus.Commands;
using NatoCorpus.Configuration;
using NatoCorpus.Corpus;

namespace NatoCorpus.Tests.Commands;

/// <summary>`normalize` and `normalize --check` on a temporary copy of the repository's corpus.</summary>
public sealed class NormalizeCommandTests : IDisposable
{
    private readonly TempCorpus _corpus = new();

    private string _root => _corpus.Root;

    public void Dispose() => _corpus.Dispose();

    private (int Exit, string Output, string Error) Run(bool check, params string[] paths) => Run(check, DiffFormat.Unified, paths);

    private (int Exit, string Output, string Error) Run(bool check, DiffFormat diffFormat, params string[] paths) =>
        _corpus.Run(environment => NormalizeCommand.Run(environment, new NormalizeRequest(paths, null, check) { DiffFormat = diffFormat }));

    private Dictionary<string, string> Hashes(string folder) =>
        Directory.EnumerateFiles(Path.Combine(_root, folder)).ToDictionary(file => Path.GetFileName(file), file => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file))) + File.GetLastWriteTimeUtc(file).Ticks);

    [Fact]
    public void Check_passes_on_the_repository_corpus()
    {
        var (exit, output, _) = Run(check: true);
        Assert.Equal(0, exit);
        Assert.Contains("up to date (5 files)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_fails_with_a_readable_diff_after_a_raw_edit_and_writes_nothing()
    {
        var raw = Path.Combine(_root, "raw", "003_d134cf994f05418c.txt");
        File.WriteAllText(raw, File.ReadAllText(raw).Replace("la Jordanie", "la Jordanie et l'Égypte", StringComparison.Ordinal));
        var before = Hashes("normalized");

        var (exit, output, _) = Run(check: true);

        Assert.Equal(1, exit);
        Assert.Contains("--- normalized/003_d134cf994f05418c.md (committed)", output, StringComparison.Ordinal);
        Assert.Contains("+++ normalized/003_d134cf994f05418c.md (expected)", output, StringComparison.Ordinal);
        Assert.Contains("@@", output, StringComparison.Ordinal);
        Assert.Contains("+Évoquant", output, StringComparison.Ordinal);
        Assert.Contains("l’Égypte", output, StringComparison.Ordinal);
        Assert.Equal(before, Hashes("normalized"));
    }

    [Fact]
    public void Normalize_check_and_check_agree_a_normalized_file_with_other_bytes_is_stale()
    {
        // The same text behind a byte-order mark: normalize would rewrite it, so both checks call it stale.
        var normalized = Path.Combine(_root, "normalized", "003_d134cf994f05418c.md");
        File.WriteAllBytes(normalized, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(normalized)]);

        var (exit, output, _) = Run(check: true);
        Assert.Equal(1, exit);
        Assert.Contains("--- normalized/003_d134cf994f05418c.md (committed)", output, StringComparison.Ordinal);
        Assert.Contains("1 of 5 normalized files are out of date", output, StringComparison.Ordinal);

        var (checkExit, checkOutput, _) = _corpus.Run(environment =>
            CheckCommand.Run(environment, new CheckRequest("text", false, null, UseCache: false) { DiffFormat = DiffFormat.Unified }));
        Assert.Equal(1, checkExit);
        Assert.Contains("normalized/003_d134cf994f05418c.md:1:1: error NC902 stale-normalized", checkOutput, StringComparison.Ordinal);
        Assert.Contains("--- normalized/003_d134cf994f05418c.md (committed)", checkOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_shows_the_changed_words_by_default_with_visible_spaces_in_both_commands()
    {
        // A raw edit changes one paragraph's words; a hand edit of the committed file turns a no-break space into a space.
        var raw = Path.Combine(_root, "raw", "003_d134cf994f05418c.txt");
        File.WriteAllText(raw, File.ReadAllText(raw).Replace("la Jordanie", "la Jordanie et l'Égypte", StringComparison.Ordinal));
        var normalized = Path.Combine(_root, "normalized", "000_74c7c2f7b85c15bf.md");
        var text = File.ReadAllText(normalized);
        File.WriteAllText(normalized, text.Replace("difficile\u00A0: rester", "difficile : rester", StringComparison.Ordinal));
        var line = text[..text.IndexOf("difficile\u00A0: rester", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var (exit, output, _) = Run(check: true, DiffFormat.Words);
        Assert.Equal(1, exit);
        Assert.Contains($"normalized/000_74c7c2f7b85c15bf.md:{line}: …onfrontée à un choix difficile[- -]{{+<nbsp>+}}: rester en Afghanistan et dev…", output, StringComparison.Ordinal);
        Assert.Matches(@"normalized/003_d134cf994f05418c\.md:\d+: …[^\n]*la Jordanie et \{\+l’Égypte et \+\}la Tunisie", output);
        Assert.DoesNotContain("--- normalized/", output, StringComparison.Ordinal);
        // The changed paragraph once: a line diff prints it whole, twice.
        Assert.Single(output.Split('\n'), printed => printed.Contains("l’Égypte", StringComparison.Ordinal));

        var (checkExit, checkOutput, _) = _corpus.Run(environment => CheckCommand.Run(environment, new CheckRequest("text", false, null, UseCache: false)));
        Assert.Equal(1, checkExit);
        var diffLines = output.Split('\n').Where(printed => printed.StartsWith("normalized/", StringComparison.Ordinal) && printed.Contains("{+", StringComparison.Ordinal));
        Assert.All(diffLines, printed => Assert.Contains(printed, checkOutput, StringComparison.Ordinal));
        // Colour only when asked for (a terminal): red for what goes, green for what comes.
        var (_, colored, _) = _corpus.Run(environment => NormalizeCommand.Run(environment, new NormalizeRequest([], null, true) { Color = true }));
        Assert.Contains("difficile\u001b[31m[- -]\u001b[0m\u001b[32m{+<nbsp>+}\u001b[0m: rester", colored, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_rewrites_only_changed_files_and_never_touches_raw()
    {
        var raw = Hashes("raw");
        var normalized = Hashes("normalized");
        var (exit, output, _) = Run(check: false);
        Assert.Equal(0, exit);
        Assert.Contains("0 written, 5 unchanged", output, StringComparison.Ordinal);
        Assert.Equal(normalized, Hashes("normalized"));
        Assert.Equal(raw, Hashes("raw"));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_root, "normalized"), "*.tmp"));
    }

    [Fact]
    public void Normalize_writes_a_missing_file_and_reports_an_orphan()
    {
        File.Delete(Path.Combine(_root, "normalized", "000_74c7c2f7b85c15bf.md"));
        File.WriteAllText(Path.Combine(_root, "normalized", "999_gone.md"), "---\n---\n");
        var (exit, output, error) = Run(check: false);
        Assert.Equal(0, exit);
        Assert.Contains("1 written, 4 unchanged", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_root, "normalized", "000_74c7c2f7b85c15bf.md")));
        Assert.Contains("normalized/999_gone.md: warning: its raw text is gone", error, StringComparison.Ordinal);
        Assert.Equal(1, Run(check: true).Exit);
    }

    [Fact]
    public void A_text_without_title_is_reported_and_not_written()
    {
        File.Delete(Path.Combine(_root, "raw", "001_acbb140c3dcff470.meta.yaml"));
        File.Delete(Path.Combine(_root, "normalized", "001_acbb140c3dcff470.md"));
        var (exit, _, error) = Run(check: false);
        Assert.Equal(1, exit);
        Assert.Contains("raw/001_acbb140c3dcff470.txt:1:1: error NC101 missing-title", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_root, "normalized", "001_acbb140c3dcff470.md")));
    }

    [Fact]
    public void A_malformed_sidecar_is_an_input_error_naming_file_line_and_column()
    {
        File.WriteAllText(Path.Combine(_root, "raw", "001_acbb140c3dcff470.meta.yaml"), "title: Un titre\ncolour: blue\n");
        var (exit, _, error) = Run(check: false);
        Assert.Equal(2, exit);
        Assert.Contains("raw/001_acbb140c3dcff470.meta.yaml:2:1: error:", error, StringComparison.Ordinal);
        Assert.Contains("colour", error, StringComparison.Ordinal);
    }
}
