using System.Text.Json;
using NatoCorpus.Commands;
using NatoCorpus.Configuration;

namespace NatoCorpus.Tests.Commands;

/// <summary>`lint` and `check` on a temporary copy of the repository's corpus: formats and exit codes.</summary>
public sealed class LintAndCheckCommandTests : IDisposable
{
    private readonly TempCorpus _corpus = new();

    private string _root => _corpus.Root;

    public void Dispose() => _corpus.Dispose();

    private (int Exit, string Output) Lint(string format, int? maxWarnings = null) =>
        _corpus.Run(environment => LintCommand.Run(environment, new LintRequest([], format, false, maxWarnings))) is var (exit, output, _) ? (exit, output) : default;

    private (int Exit, string Output) Check(string format) =>
        _corpus.Run(environment => CheckCommand.Run(environment, new CheckRequest(format, false, null, UseCache: false))) is var (exit, output, _) ? (exit, output) : default;

    [Fact]
    public void Lint_lists_every_defect_of_the_seeds_and_exits_0_when_normalize_resolves_them()
    {
        var (exit, output) = Lint("text");
        Assert.Equal(0, exit);
        Assert.Contains("raw/000_74c7c2f7b85c15bf.txt:11:350: error NC301 word-substitution", output, StringComparison.Ordinal);
        Assert.Contains("[fixed by normalize]", output, StringComparison.Ordinal);
        Assert.Contains("raw/001_acbb140c3dcff470.txt:25:50: warning NC302 doubtful-grammar", output, StringComparison.Ordinal);
        Assert.Matches(@"5 files, \d+ errors, \d+ warnings, \d+ infos, \d+ fixable \(\d+ fixed by normalize\), 3 fixes not applied, 0 unresolved errors", output);
    }

    [Fact]
    public void Max_warnings_counts_the_unresolved_warnings()
    {
        // 001 has three doubtful-grammar suggestions that normalize does not apply.
        Assert.Equal(1, Lint("text", maxWarnings: 2).Exit);
        Assert.Equal(0, Lint("text", maxWarnings: 3).Exit);
    }

    [Fact]
    public void Json_output_is_one_versioned_object()
    {
        var (_, output) = Lint("json");
        using var json = JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetProperty("format_version").GetInt32());
        Assert.Equal(5, json.RootElement.GetProperty("files").GetArrayLength());
        var first = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics")[0];
        Assert.Equal("NC103", first.GetProperty("rule").GetString());
        Assert.True(first.GetProperty("fixed_by_normalize").GetBoolean());
        Assert.Equal(0, json.RootElement.GetProperty("summary").GetProperty("unresolved_errors").GetInt32());
    }

    [Fact]
    public void Check_passes_on_the_repository_and_fails_with_annotations_after_a_bad_raw_edit()
    {
        Assert.Equal(0, Check("github").Exit);

        var raw = Path.Combine(_root, "raw", "002_80dbe67e56024610.txt");
        File.WriteAllText(raw, File.ReadAllText(raw).Replace("Mark Esper, au siège", "« Mark Esper, au siège", StringComparison.Ordinal));
        var (exit, output) = Check("github");

        Assert.Equal(1, exit);
        Assert.Contains("::error file=raw/002_80dbe67e56024610.txt,line=7,", output, StringComparison.Ordinal);
        Assert.Contains("title=NC210 unbalanced-guillemets::", output, StringComparison.Ordinal);
        Assert.Contains("::error file=normalized/002_80dbe67e56024610.md,line=1,col=1,endLine=1,endColumn=1,title=NC902 stale-normalized::", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_reports_an_invalid_front_matter_and_an_orphan()
    {
        var normalized = Path.Combine(_root, "normalized", "003_d134cf994f05418c.md");
        File.WriteAllText(normalized, File.ReadAllText(normalized).Replace("date_source: header", "date_source: guess", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(_root, "normalized", "zzz.md"), "---\nid: zzz\n---\n");
        var (exit, output) = Check("text");
        Assert.Equal(1, exit);
        Assert.Contains("normalized/003_d134cf994f05418c.md:1:1: error NC903 invalid-front-matter", output, StringComparison.Ordinal);
        Assert.Contains("normalized/zzz.md:1:1: error NC904 orphan-normalized", output, StringComparison.Ordinal);
        Assert.Contains("date_source: [-guess-]{+header+}", output, StringComparison.Ordinal);
    }
}

/// <summary>`lint` on normalized Markdown and `lint --fix`.</summary>
public sealed class LintMarkdownTests : IDisposable
{
    private readonly TempCorpus _corpus = new();

    private string _root => _corpus.Root;

    public void Dispose() => _corpus.Dispose();

    private (int Exit, string Output, string Error) Lint(bool fix, params string[] paths)
    {
        return _corpus.Run(environment => LintCommand.Run(environment, new LintRequest(paths, "text", false, Fix: fix)));
    }

    [Fact]
    public void Committed_normalized_files_have_nothing_left_but_the_recorded_suggestions()
    {
        var (exit, output, _) = Lint(false, "normalized");
        Assert.Equal(0, exit);
        Assert.Matches(@"5 files, 0 errors, 3 warnings", output);
    }

    [Fact]
    public void A_defect_in_a_markdown_file_is_reported_at_its_line_and_fixed_in_place_by_fix()
    {
        var path = Path.Combine(_root, "normalized", "002_80dbe67e56024610.md");
        var original = File.ReadAllText(path);
        var edited = original.Replace("l’Afghanistan.", "l'Afghanistan.", StringComparison.Ordinal).Replace("Esper pour son", "Esper  pour son", StringComparison.Ordinal);
        File.WriteAllText(path, edited);
        var line = edited[..edited.IndexOf("l'Afghanistan.", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var (exit, output, _) = Lint(false, "normalized/002_80dbe67e56024610.md");
        Assert.Equal(0, exit);
        Assert.Contains($"normalized/002_80dbe67e56024610.md:{line}:", output, StringComparison.Ordinal);
        Assert.Contains("NC201 straight-apostrophe", output, StringComparison.Ordinal);
        Assert.Contains("NC206 repeated-spaces", output, StringComparison.Ordinal);

        var (_, fixedOutput, error) = Lint(true, "normalized/002_80dbe67e56024610.md");
        Assert.Contains("fixed normalized/002_80dbe67e56024610.md", error, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllText(path));
        Assert.Contains("1 files, 0 errors, 0 warnings", fixedOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_on_raw_texts_is_refused_and_points_to_normalize()
    {
        var before = File.ReadAllBytes(Path.Combine(_root, "raw", "003_d134cf994f05418c.txt"));
        var (exit, _, error) = Lint(true, "raw/003_d134cf994f05418c.txt");
        Assert.Equal(2, exit);
        Assert.Contains("natocorpus normalize", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(_root, "raw", "003_d134cf994f05418c.txt")));
    }

    [Fact]
    public void A_markdown_file_with_a_broken_front_matter_is_an_error()
    {
        var path = Path.Combine(_root, "normalized", "004_85a73e5d65096bc9.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("language: fr", "language: French", StringComparison.Ordinal));
        var (exit, output, _) = Lint(false, "normalized/004_85a73e5d65096bc9.md");
        Assert.Equal(1, exit);
        Assert.Contains("normalized/004_85a73e5d65096bc9.md:1:1: error NC903 invalid-front-matter: #/language", output, StringComparison.Ordinal);
    }
}
