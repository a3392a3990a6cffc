using System.Text;
using System.Text.Json;
using NatoCorpus.Cli;

namespace NatoCorpus.Tests.Cli;

/// <summary>
/// The command line in process on a copy of the corpus (issue 13, items 6, 8 and 9): focus on what normalize
/// leaves, the --max-warnings failure, fixable counts, several reports from one run, --output, standard input, globs.
/// </summary>
public sealed class CliReportOptionsTests : IDisposable
{
    private const string Seed002 = "raw/002_80dbe67e56024610.txt";

    private readonly TempCorpus _corpus = new();

    private string Root => _corpus.Root;

    public void Dispose() => _corpus.Dispose();

    private (int Exit, string Output, string Error) Run(params string[] args) => RunWithInput(null, args);

    private (int Exit, string Output, string Error) RunWithInput(byte[]? input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, output, error, Root, () => new MemoryStream(input ?? []));
        return (exit, output.ToString(), error.ToString());
    }

    private static string[] FindingLines(string output) =>
        output.Split('\n').Where(line => System.Text.RegularExpressions.Regex.IsMatch(line, @"^\S+:\d+:\d+: (error|warning|info) NC\d+")).ToArray();

    private static void AssertUsageError((int Exit, string Output, string Error) run, string message)
    {
        Assert.Equal(2, run.Exit);
        Assert.Equal("", run.Output);
        Assert.Contains($"natocorpus: {message}", run.Error, StringComparison.Ordinal);
    }

    /// <summary>Typographic apostrophes of a normalized file's body made straight (the front matter stays valid YAML).</summary>
    private static void StraightenBody(string path)
    {
        var text = File.ReadAllText(path);
        var body = text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5;
        File.WriteAllText(path, text[..body] + text[body..].Replace("’", "'", StringComparison.Ordinal));
    }

    // Item 6: focus, --max-warnings, fixable.

    [Fact]
    public void Unresolved_leaves_out_what_normalize_resolves_and_keeps_the_rest()
    {
        var all = FindingLines(Run("lint").Output);
        Assert.Contains(all, line => line.EndsWith("[fixed by normalize]", StringComparison.Ordinal));
        var (exit, output, _) = Run("lint", "--unresolved");
        Assert.Equal(0, exit);
        var unresolved = FindingLines(output);
        // The three doubtful-grammar suggestions of 001 are what normalize leaves to a person.
        Assert.Equal(3, unresolved.Length);
        Assert.All(unresolved, line => Assert.Contains("warning NC302 doubtful-grammar", line, StringComparison.Ordinal));
        Assert.Contains("5 files, 0 errors, 3 warnings, 0 infos, 0 fixable (0 fixed by normalize), 3 fixes not applied, 0 unresolved errors", output, StringComparison.Ordinal);
        // On Markdown every finding is unresolved until the file is rewritten: nothing is left out.
        Assert.Equal(Run("lint", "normalized").Output, Run("lint", "normalized", "--unresolved").Output);
        // check reports what fails, which is already unresolved.
        Assert.Equal(Run("check", "--no-cache").Output, Run("check", "--no-cache", "--unresolved").Output);
    }

    [Fact]
    public void Max_warnings_failure_names_the_count_the_maximum_the_rules_and_the_files()
    {
        var (exit, output, error) = Run("lint", "--max-warnings", "2", "--format", "json");
        Assert.Equal(1, exit);
        Assert.Equal(
            "natocorpus: too many warnings: 3 unresolved (maximum: 2)\n  3  NC302 doubtful-grammar: raw/001_acbb140c3dcff470.txt (3)\n",
            error);
        // On standard error: the JSON report stays one object.
        using (JsonDocument.Parse(output))
        {
        }
        var within = Run("lint", "--max-warnings", "3");
        Assert.Equal(0, within.Exit);
        Assert.DoesNotContain("too many warnings", within.Error, StringComparison.Ordinal);

        // Several rules and files: most frequent rule first, files by count, the rest counted.
        foreach (var id in new[] { "000_74c7c2f7b85c15bf", "002_80dbe67e56024610", "003_d134cf994f05418c", "004_85a73e5d65096bc9" })
        {
            StraightenBody(Path.Combine(Root, "normalized", id + ".md"));
        }
        var markdown = Run("lint", "normalized", "--max-warnings", "0", "--rule", "NC201,NC302");
        Assert.Equal(1, markdown.Exit);
        var lines = markdown.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^natocorpus: too many warnings: \d+ unresolved \(maximum: 0\)$", lines[0]);
        Assert.Matches(@"^  \d+  NC201 straight-apostrophe: normalized/0\d\d_\w+\.md \(\d+\), normalized/0\d\d_\w+\.md \(\d+\), normalized/0\d\d_\w+\.md \(\d+\) and 1 more files$", lines[1]);
        Assert.Matches(@"^ +3  NC302 doubtful-grammar: normalized/001_acbb140c3dcff470\.md \(3\)$", lines[2]);
        // check says the same.
        var check = Run("check", "--no-cache", "--max-warnings", "1");
        Assert.Equal(1, check.Exit);
        Assert.Contains("natocorpus: too many warnings: 3 unresolved (maximum: 1)", check.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fixable_counts_the_fixes_lint_fix_applies_and_the_others_apart()
    {
        // A Markdown file with two safe fixes and the three wording suggestions of 001 (never applied).
        StraightenBody(Path.Combine(Root, "normalized", "001_acbb140c3dcff470.md"));
        var (_, json, _) = Run("lint", "normalized/001_acbb140c3dcff470.md", "--format", "json");
        using var document = JsonDocument.Parse(json);
        var summary = document.RootElement.GetProperty("summary");
        var diagnostics = document.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().ToArray();
        var withFix = diagnostics.Count(diagnostic => diagnostic.GetProperty("fix").ValueKind == JsonValueKind.Object);
        var apostrophes = diagnostics.Count(diagnostic => diagnostic.GetProperty("rule").GetString() == "NC201");
        Assert.True(apostrophes > 0);
        Assert.Equal(apostrophes, summary.GetProperty("fixable").GetInt32());
        Assert.Equal(3, summary.GetProperty("fixes_not_applied").GetInt32());
        Assert.Equal(withFix, summary.GetProperty("fixable").GetInt32() + summary.GetProperty("fixes_not_applied").GetInt32());

        // What it counts is what --fix applies: afterwards only the suggestions are left.
        Run("lint", "--fix", "normalized/001_acbb140c3dcff470.md");
        var after = Run("lint", "normalized/001_acbb140c3dcff470.md").Output;
        Assert.Contains("0 fixable (0 fixed by normalize), 3 fixes not applied", after, StringComparison.Ordinal);
    }

    // Item 8 (part): several formats in one run, and item 9's --output.

    [Fact]
    public void Several_formats_in_one_run_write_the_bytes_of_single_format_runs()
    {
        foreach (var command in new[] { "lint", "check" })
        {
            string[] extra = command == "check" ? ["--no-cache"] : [];
            var single = NatoCorpus.Reporting.Reporters.Formats.ToDictionary(format => format, format => Run([command, .. extra, "--format", format]));
            var (exit, output, error) = Run([command, .. extra, "--format", "github", "--format", "sarif", "--output", "out/results.sarif",
                "--format", "json", "--output", "out/results.json", "-f", "text", "-o", "out/report.txt"]);
            Assert.Equal(single["github"].Exit, exit);
            Assert.Equal(single["github"].Output, output);
            Assert.Equal(single["sarif"].Output, File.ReadAllText(Path.Combine(Root, "out", "results.sarif")));
            Assert.Equal(single["json"].Output, File.ReadAllText(Path.Combine(Root, "out", "results.json")));
            Assert.Equal(single["text"].Output, File.ReadAllText(Path.Combine(Root, "out", "report.txt")));
            Assert.Equal(single["github"].Error, error);
            Assert.Single(Directory.EnumerateFiles(Path.Combine(Root, "out"), "*.sarif"));
            Assert.Empty(Directory.EnumerateFiles(Path.Combine(Root, "out"), "*.tmp"));
        }
        // The workflow's syntax, and the same pairs in another order.
        var workflow = Run("check", "--no-cache", "--format", "github", "--format", "sarif", "--output", "results.sarif");
        Assert.StartsWith("{\n  \"$schema\"", File.ReadAllText(Path.Combine(Root, "results.sarif")), StringComparison.Ordinal);
        Assert.DoesNotContain("\"$schema\"", workflow.Output, StringComparison.Ordinal);
        var reordered = Run("check", "--no-cache", "--format", "sarif", "--output", "again.sarif", "--format", "github");
        Assert.Equal(workflow.Output, reordered.Output);
        Assert.Equal(File.ReadAllBytes(Path.Combine(Root, "results.sarif")), File.ReadAllBytes(Path.Combine(Root, "again.sarif")));
        // One format and one file pair in either order; a file alone is the text report.
        Run("lint", "--output", "one.json", "--format", "json");
        Assert.Equal(Run("lint", "--format", "json").Output, File.ReadAllText(Path.Combine(Root, "one.json")));
        var quietRun = Run("lint", "-o", "report.txt");
        Assert.Equal("", quietRun.Output);
        Assert.Equal(Run("lint").Output, File.ReadAllText(Path.Combine(Root, "report.txt")));
    }

    [Fact]
    public void Format_and_output_pairs_that_do_not_fit_are_usage_errors()
    {
        AssertUsageError(Run("check", "--format", "github", "--format", "json"),
            "--format github and --format json cannot all go to standard output: give all but one an --output FILE after it");
        AssertUsageError(Run("lint", "--output", "a.json", "--format", "json", "--format", "sarif"),
            "--output a.json comes before any --format: put each --output after the --format it is for");
        AssertUsageError(Run("lint", "--format", "json", "--output", "a.json", "--output", "b.json", "--format", "text"),
            "--output a.json and --output b.json both follow --format json: one file per format");
        AssertUsageError(Run("check", "--format", "sarif", "--format", "github", "--output", "results.sarif"),
            "--output results.sarif follows --format github, not --format sarif: put each --output after the --format it is for");
        AssertUsageError(Run("lint", "--format", "json", "--output", "same", "--format", "sarif", "--output", "same"),
            "--output same is given for two formats: one file per format");
        Assert.False(File.Exists(Path.Combine(Root, "same")));
    }

    [Fact]
    public void Output_is_written_atomically_and_never_into_raw_or_through_a_link()
    {
        var target = Path.Combine(Root, "report.json");
        File.WriteAllText(target, "old");
        Assert.Equal(0, Run("lint", "--format", "json", "--output", "report.json").Exit);
        Assert.StartsWith("{\n  \"format_version\": 1", File.ReadAllText(target), StringComparison.Ordinal);

        AssertUsageError(Run("lint", "--output", "raw/report.txt"), "--output raw/report.txt: inside the raw folder: refused, raw texts are evidence and never written");
        Assert.False(File.Exists(Path.Combine(Root, "raw", "report.txt")));

        var elsewhere = Path.Combine(Root, "elsewhere.txt");
        File.WriteAllText(elsewhere, "keep");
        File.CreateSymbolicLink(Path.Combine(Root, "link.txt"), elsewhere);
        var (exit, _, error) = Run("lint", "--output", "link.txt");
        Assert.Equal(2, exit);
        Assert.StartsWith("natocorpus: --output link.txt: cannot write: is a symbolic link", error, StringComparison.Ordinal);
        Assert.Equal("keep", File.ReadAllText(elsewhere));
        Directory.CreateDirectory(Path.Combine(Root, "folder.txt"));
        Assert.Equal(2, Run("lint", "--output", "folder.txt").Exit);
        Assert.Empty(Directory.EnumerateFiles(Root, "*.tmp", SearchOption.AllDirectories));
    }

    // Item 9: standard input and globs.

    [Fact]
    public void Standard_input_is_linted_as_the_file_its_path_names()
    {
        var raw = File.ReadAllBytes(Path.Combine(Root, Seed002));
        var asFile = Run("lint", Seed002);
        var (exit, output, error) = RunWithInput(raw, "lint", "-", "--stdin-filepath", Seed002);
        Assert.Equal(asFile.Exit, exit);
        Assert.Equal(asFile.Output, output);
        Assert.Equal("", error);

        // The sidecar beside the named path counts, as it does for the file: 001's date lives there.
        var withSidecar = File.ReadAllBytes(Path.Combine(Root, "raw", "001_acbb140c3dcff470.txt"));
        Assert.Equal(Run("lint", "raw/001_acbb140c3dcff470.txt").Output,
            RunWithInput(withSidecar, "lint", "-", "--stdin-filepath", "raw/001_acbb140c3dcff470.txt").Output);

        // A .md path makes it Markdown; the path need not exist.
        var markdown = File.ReadAllText(Path.Combine(Root, "normalized", "002_80dbe67e56024610.md")).Replace("l’Afghanistan.", "l'Afghanistan.", StringComparison.Ordinal);
        var (mdExit, mdOutput, _) = RunWithInput(Encoding.UTF8.GetBytes(markdown), "lint", "-", "--stdin-filepath", "normalized/draft.md");
        Assert.Equal(0, mdExit);
        Assert.Contains("normalized/draft.md:", mdOutput, StringComparison.Ordinal);
        Assert.Contains("NC201 straight-apostrophe", mdOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("[fixed by normalize]", mdOutput, StringComparison.Ordinal);
        var dryRun = RunWithInput(Encoding.UTF8.GetBytes(markdown), "lint", "-", "--stdin-filepath", "normalized/draft.md", "--fix", "--dry-run");
        Assert.Contains("l[-'-]{+’+}Afghanistan", dryRun.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Root, "normalized", "draft.md")));

        // Without a path it is a raw text named <stdin>.
        var unnamed = RunWithInput(raw, "lint", "-", "--format", "json");
        using var json = JsonDocument.Parse(unnamed.Output);
        Assert.Equal("<stdin>", json.RootElement.GetProperty("files")[0].GetProperty("path").GetString());
    }

    [Fact]
    public void Standard_input_misuse_is_a_usage_error()
    {
        AssertUsageError(Run("lint", "--stdin-filepath", Seed002), "--stdin-filepath names the text read from standard input: give - as the path");
        AssertUsageError(Run("lint", "-", "raw"), "- (standard input) is linted alone: name no other path with it");
        AssertUsageError(Run("lint", "-", "--stdin-filepath", "normalized/x.md", "--fix"), "--fix cannot write back to standard input: use --fix --dry-run to see the fixes");
        AssertUsageError(Run("normalize", "-"), "- (standard input): only `natocorpus lint` reads a text from standard input");
    }

    [Fact]
    public void Glob_arguments_are_expanded_by_the_tool_and_a_glob_matching_nothing_is_an_error()
    {
        Directory.CreateDirectory(Path.Combine(Root, "raw", "2024", "deep"));
        Directory.CreateDirectory(Path.Combine(Root, "raw", ".hidden"));
        foreach (var (from, to) in new[] { ("000_74c7c2f7b85c15bf", "2024/2024-01-a"), ("002_80dbe67e56024610", "2024/deep/2024-02-b"), ("003_d134cf994f05418c", ".hidden/2024-03-c") })
        {
            File.Copy(Path.Combine(Root, "raw", from + ".txt"), Path.Combine(Root, "raw", to + ".txt"));
        }
        File.WriteAllText(Path.Combine(Root, "raw", "2024", "2024-01-a.meta.yaml"), "date: 2024-01-01\n");

        string[] Files(string output) => JsonDocument.Parse(output).RootElement.GetProperty("files").EnumerateArray()
            .Select(file => file.GetProperty("path").GetString()!).ToArray();
        // `**` is any number of folders, none included; hidden folders are left out; a sidecar is never a text.
        Assert.Equal(["raw/2024/2024-01-a.txt", "raw/2024/deep/2024-02-b.txt"], Files(Run("lint", "raw/**/2024-*.txt", "--format", "json").Output));
        Assert.Equal(["raw/2024/2024-01-a.txt"], Files(Run("lint", "raw/*/2024-*", "--format", "json").Output));
        Assert.Equal(["raw/000_74c7c2f7b85c15bf.txt", "raw/001_acbb140c3dcff470.txt", "raw/002_80dbe67e56024610.txt"],
            Files(Run("lint", "raw/00[0-2]_*.txt", "--format", "json").Output));
        Assert.Equal(["raw/003_d134cf994f05418c.txt", "raw/004_85a73e5d65096bc9.txt"], Files(Run("lint", "raw/00[!0-2]_*.txt", "--format", "json").Output));
        Assert.Equal(["raw/001_acbb140c3dcff470.txt", "raw/003_d134cf994f05418c.txt"], Files(Run("lint", "raw/{001,003}_*.txt", "--format", "json").Output));
        Assert.Equal(["raw/.hidden/2024-03-c.txt"], Files(Run("lint", "raw/.hidden/*.txt", "--format", "json").Output));
        // Globs work for every command that takes paths.
        Assert.Equal(0, Run("normalize", "--check", "raw/00?_*.txt").Exit);

        AssertUsageError(Run("lint", "raw/**/1999-*.txt"), "raw/**/1999-*.txt: no text matches this glob");
        AssertUsageError(Run("normalize", "raw/*.html"), "raw/*.html: no text matches this glob");
        // A name that exists as written is that file, whatever its characters.
        File.Copy(Path.Combine(Root, Seed002), Path.Combine(Root, "raw", "odd[1].txt"));
        Assert.Equal(["raw/odd[1].txt"], Files(Run("lint", "raw/odd[1].txt", "--format", "json").Output));
    }
}
