using System.Diagnostics;

namespace NatoCorpus.Tests.Cli;

/// <summary>The real executable in a child process, under another time zone and locale.</summary>
public sealed class CliProcessTests : IDisposable
{
    private readonly string _root = TestCorpus.CopyToTemporary();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private (int Exit, string Output, string Error) Natocorpus(IDictionary<string, string> environment, params string[] args) => NatocorpusIn(_root, environment, args);

    private (int Exit, string Output, string Error) Natocorpus(params string[] args) => NatocorpusIn(_root, new Dictionary<string, string>(), args);

    private static (int Exit, string Output, string Error) NatocorpusIn(string workingDirectory, IDictionary<string, string> environment, params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "NatoCorpus.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    [Fact]
    public void The_executable_composes_decomposed_accents_as_the_library_does()
    {
        // Invariant globalization cannot normalize non-ASCII text: the executable once left "De\u0301fense" as it was.
        File.WriteAllText(Path.Combine(_root, "raw", "nfc.txt"), "Un titre sur la défense\n\nLa De\u0301fense des Alliés est prête, a dit le ministre à Bruxelles.\n");
        File.WriteAllText(Path.Combine(_root, "raw", "nfc.meta.yaml"), "date: 2024-01-01\n");
        var (_, output, _) = Natocorpus(new Dictionary<string, string>(), "lint", "raw/nfc.txt");
        Assert.Contains("NC207", output, StringComparison.Ordinal);
        Natocorpus(new Dictionary<string, string>(), "normalize", "raw/nfc.txt");
        Assert.Contains("La Défense des Alliés", File.ReadAllText(Path.Combine(_root, "normalized", "nfc.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_gives_the_committed_bytes_in_another_time_zone_and_locale()
    {
        var environment = new Dictionary<string, string>
        {
            ["TZ"] = "Pacific/Kiritimati",
            ["LANG"] = "tr_TR.UTF-8",
            ["LC_ALL"] = "tr_TR.UTF-8",
            ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "false",
        };
        var (exit, _, error) = Natocorpus(environment, "normalize", "--out", "elsewhere", "--jobs", "1");
        Assert.True(exit == 0, error);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestCorpus.Root, "normalized")))
        {
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(_root, "elsewhere", Path.GetFileName(file))));
        }
    }

    [Fact]
    public void Check_exits_1_after_a_raw_edit_and_0_on_the_clean_corpus()
    {
        Assert.Equal(0, Natocorpus(new Dictionary<string, string>(), "normalize", "--check").Exit);
        var raw = Path.Combine(_root, "raw", "000_74c7c2f7b85c15bf.txt");
        File.AppendAllText(raw, "\n\nUn nouveau paragraphe.");
        var (exit, output, _) = Natocorpus(new Dictionary<string, string>(), "normalize", "--check", "--diff-format", "unified");
        Assert.Equal(1, exit);
        Assert.Contains("+Un nouveau paragraphe.", output, StringComparison.Ordinal);
        // The default shows the changed words; piped, without colour.
        var words = Natocorpus("normalize", "--check").Output;
        Assert.Contains(":39: {+↵Un nouveau paragraphe.↵+}", words, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", words, StringComparison.Ordinal);
        var unknown = Natocorpus("check", "--diff-format", "context");
        Assert.Equal(2, unknown.Exit);
        Assert.Contains("'context'", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_usage_error_exits_2()
    {
        Assert.Equal(2, Natocorpus(new Dictionary<string, string>(), "normalize", "--no-such-option").Exit);
        Assert.Equal(2, Natocorpus(new Dictionary<string, string>(), "lint", "--format", "xml").Exit);
    }

    /// <summary>A usage error: exit 2, nothing on standard output, and exactly these lines on standard error.</summary>
    private static void AssertUsageError((int Exit, string Output, string Error) run, params string[] lines)
    {
        Assert.Equal(2, run.Exit);
        Assert.Equal("", run.Output);
        Assert.Equal(lines, run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("--foo", "natocorpus: unknown option --foo")]
    [InlineData("--dry-rnu", "natocorpus: unknown option --dry-rnu (did you mean --dry-run?)")]
    [InlineData("--fxi", "natocorpus: unknown option --fxi (did you mean --fix?)")]
    [InlineData("--max-warning=3", "natocorpus: unknown option --max-warning (did you mean --max-warnings?)")]
    public void An_unknown_option_is_a_usage_error_not_a_path(string option, string message)
    {
        AssertUsageError(Natocorpus("lint", option), message, "Run 'natocorpus lint --help' for usage.");
        AssertUsageError(Natocorpus("lint", "raw", option), message, "Run 'natocorpus lint --help' for usage.");
        // --dry-run is lint --fix's; elsewhere it is as unknown as any other word.
        AssertUsageError(Natocorpus("normalize", "--dry-run"), "natocorpus: unknown option --dry-run", "Run 'natocorpus normalize --help' for usage.");
    }

    [Fact]
    public void After_a_double_dash_a_word_is_a_path_whatever_it_looks_like()
    {
        AssertUsageError(Natocorpus("lint", "--", "--foo"), "natocorpus: --foo: no such file or folder");
    }

    [Fact]
    public void An_unknown_command_or_none_says_so_with_a_suggestion()
    {
        AssertUsageError(Natocorpus("lintt"), "natocorpus: unknown command 'lintt' (did you mean 'lint'?)", "Run 'natocorpus --help' for usage.");
        AssertUsageError(Natocorpus("check", "--changed-sinse", "HEAD"),
            "natocorpus: unknown option --changed-sinse (did you mean --changed-since?)", "natocorpus: unexpected argument 'HEAD'", "Run 'natocorpus check --help' for usage.");
        var none = Natocorpus();
        Assert.Equal(2, none.Exit);
        Assert.StartsWith("natocorpus: no command given (one of: check, config, eval, init, lint, normalize, recurring, report, rules)", none.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_or_raw_folder_is_one_line_without_exception_text_or_absolute_paths()
    {
        AssertUsageError(Natocorpus("lint", "raw/missing.txt"), "natocorpus: raw/missing.txt: no such file or folder");
        AssertUsageError(Natocorpus("normalize", "nowhere/"), "natocorpus: nowhere/: no such file or folder");
        Directory.Delete(Path.Combine(_root, "raw"), recursive: true);
        foreach (var command in new[] { "lint", "normalize", "check", "recurring" })
        {
            var run = Natocorpus(command);
            AssertUsageError(run, "natocorpus: no raw folder: raw/ does not exist. Put the raw texts there, or set `raw:` in natocorpus.yaml");
            Assert.DoesNotContain(_root, run.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Outside_a_corpus_it_says_no_root_was_found_and_what_to_do()
    {
        var elsewhere = Directory.CreateTempSubdirectory("natocorpus-nowhere-").FullName;
        try
        {
            foreach (var command in new[] { "lint", "check", "normalize" })
            {
                var run = NatocorpusIn(elsewhere, new Dictionary<string, string>(), command);
                Assert.Equal(2, run.Exit);
                var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
                Assert.StartsWith("natocorpus: no corpus found: no natocorpus.yaml (or .git) in this folder or any folder above it. Run `natocorpus init`", line, StringComparison.Ordinal);
            }
            // Named files are linted anywhere, as by any linter.
            var file = Path.Combine(elsewhere, "texte.txt");
            File.Copy(Path.Combine(_root, "raw", "000_74c7c2f7b85c15bf.txt"), file);
            Assert.Contains("1 files", NatocorpusIn(elsewhere, new Dictionary<string, string>(), "lint", "texte.txt").Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [Fact]
    public void Help_names_the_tool_natocorpus_and_shows_placeholders()
    {
        var root = Natocorpus("--help");
        Assert.Equal(0, root.Exit);
        Assert.Contains("natocorpus [command] [options]", root.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("NatoCorpus.Cli", root.Output, StringComparison.Ordinal);
        var check = Natocorpus("check", "--help").Output;
        foreach (var expected in new[] { "natocorpus check [options]", "--changed-since <REF>", "--shard <I/N>", "--cache-location <DIR>", "--config <FILE>", "--jobs <N>", "--max-warnings <N>" })
        {
            Assert.Contains(expected, check, StringComparison.Ordinal);
        }
        Assert.Contains("--out <DIR>", Natocorpus("normalize", "--help").Output, StringComparison.Ordinal);
        Assert.Contains("--out <FILE>", Natocorpus("recurring", "--help").Output, StringComparison.Ordinal);
        Assert.Contains("natocorpus lint [<PATH>...] [options]", Natocorpus("lint", "--help").Output, StringComparison.Ordinal);
    }

    private static string[] FindingLines(string output) =>
        output.Split('\n').Where(line => System.Text.RegularExpressions.Regex.IsMatch(line, @"^\S+:\d+:\d+: (error|warning|info) NC\d+")).ToArray();

    [Fact]
    public void Quiet_and_min_severity_keep_errors_only_and_leave_warnings_out_of_the_exit_code()
    {
        var all = Natocorpus("lint", "--max-warnings", "0");
        Assert.Equal(1, all.Exit);
        Assert.Contains(FindingLines(all.Output), line => line.Contains(": warning ", StringComparison.Ordinal));
        foreach (var focus in new[] { "--quiet", "-q" })
        {
            var quiet = Natocorpus("lint", "--max-warnings", "0", focus);
            Assert.Equal(0, quiet.Exit);
            Assert.NotEmpty(FindingLines(quiet.Output));
            Assert.All(FindingLines(quiet.Output), line => Assert.Contains(": error ", line, StringComparison.Ordinal));
            Assert.Contains(" 0 warnings, 0 infos", quiet.Output, StringComparison.Ordinal);
        }
        Assert.Equal(Natocorpus("lint", "--quiet").Output, Natocorpus("lint", "--min-severity", "error").Output);
        Assert.DoesNotContain(FindingLines(Natocorpus("lint", "--min-severity", "warning").Output), line => line.Contains(": info ", StringComparison.Ordinal));
        AssertUsageError(Natocorpus("lint", "--min-severity", "fatal"), "natocorpus: --min-severity fatal: not one of info, warning, error");
    }

    [Fact]
    public void Rule_filters_select_and_leave_out_rules_by_id_or_name()
    {
        var only = FindingLines(Natocorpus("lint", "--rule", "NC202", "--rule", "straight-apostrophe").Output);
        Assert.Contains(only, line => line.Contains(" NC202 ", StringComparison.Ordinal));
        Assert.Contains(only, line => line.Contains(" NC201 ", StringComparison.Ordinal));
        Assert.All(only, line => Assert.Matches(" NC20[12] ", line));
        Assert.Equal(only, FindingLines(Natocorpus("lint", "--rule", "NC202,NC201").Output));
        var ignored = FindingLines(Natocorpus("check", "--no-cache", "--ignore-rule", "guillemet-spacing").Output);
        Assert.DoesNotContain(ignored, line => line.Contains(" NC202 ", StringComparison.Ordinal));
        // A typo of a name: ids differ by one digit from their neighbours ("NC2O4" is as near NC204 as NC214), so no id is guessed.
        AssertUsageError(Natocorpus("lint", "--rule", "straigth-apostrophe"), "natocorpus: --rule straigth-apostrophe: no such rule (did you mean straight-apostrophe?) (`natocorpus rules` lists them)");
        AssertUsageError(Natocorpus("check", "--ignore-rule", "guillemet-spacin"), "natocorpus: --ignore-rule guillemet-spacin: no such rule (did you mean guillemet-spacing?) (`natocorpus rules` lists them)");
    }

    [Fact]
    public void Summary_counts_the_findings_by_rule_most_frequent_first()
    {
        var output = Natocorpus("lint", "--summary").Output;
        var table = output[output.IndexOf("findings by rule:", StringComparison.Ordinal)..].Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
        Assert.Equal(FindingLines(output).Length, table.Sum(line => int.Parse(line.Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.StartsWith("30  NC202 guillemet-spacing", table[0].Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("findings by rule", Natocorpus("lint", "--summary", "--format", "json").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_dry_run_shows_a_word_diff_with_visible_no_break_spaces_and_writes_nothing()
    {
        var path = Path.Combine(_root, "normalized", "000_74c7c2f7b85c15bf.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("difficile\u00A0: rester", "difficile : rester", StringComparison.Ordinal));
        var before = File.ReadAllBytes(path);
        var (exit, output, _) = Natocorpus("lint", "--fix", "--dry-run", "normalized/000_74c7c2f7b85c15bf.md");
        Assert.Equal(0, exit);
        Assert.Contains("normalized/000_74c7c2f7b85c15bf.md:36: …onfrontée à un choix difficile[- -]{+<nbsp>+}: rester en Afghanistan et dev…", output, StringComparison.Ordinal);
        Assert.Contains("warning NC204 space-before-punctuation", output, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
        AssertUsageError(Natocorpus("lint", "--dry-run", "normalized/000_74c7c2f7b85c15bf.md"), "natocorpus: --dry-run goes with --fix (show the fixes without writing them)");
    }
}
