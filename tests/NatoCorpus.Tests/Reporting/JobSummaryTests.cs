using System.Diagnostics;
using NatoCorpus.Pipeline;
using NatoCorpus.Reporting;
using NatoCorpus.Rules;
using NatoCorpus.Text;

namespace NatoCorpus.Tests.Reporting;

/// <summary>
/// The github format's job summary: every finding counted by rule and file in $GITHUB_STEP_SUMMARY (GitHub shows only
/// 10 annotations of each type per step), capped, with untrusted names escaped, appended, never on standard output.
/// </summary>
public sealed class JobSummaryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("natocorpus-summary-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Diagnostic Finding(string rule, Severity severity, bool fixedByNormalize = false) =>
        Diagnostic.AtFileStart(RuleCatalog.FindDescriptor(rule)!, severity, "message") with { FixedByNormalize = fixedByNormalize };

    [Fact]
    public void Findings_are_counted_by_rule_and_by_file_worst_first()
    {
        var summary = new JobSummary();
        var files = new[]
        {
            new FileReport("raw/a.txt", null, [Finding("NC201", Severity.Warning, true), Finding("NC201", Severity.Warning, true)], null),
            new FileReport("raw/b.txt", null, [Finding("NC101", Severity.Error), Finding("NC201", Severity.Warning, true)], null),
            new FileReport("raw/clean.txt", null, [], null),
            new FileReport("raw/bad.txt", null, [], new InputError("raw/bad.txt", 1, 1, "not UTF-8")),
        };
        var builder = new SummaryBuilder();
        foreach (var file in files)
        {
            summary.Add(file);
            builder.Add(file);
        }
        var markdown = summary.Render("natocorpus", builder.Build());
        Assert.StartsWith("## natocorpus: 1 unreadable inputs\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| NC101 | missing\\-title | error | 1 | 1 | 0 | 1 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| NC201 | straight\\-apostrophe | warning | 3 | 0 | 3 | 2 |", markdown, StringComparison.Ordinal);
        // The unresolved rule before the one normalize resolves; the unreadable file, then the failing one, first.
        Assert.True(markdown.IndexOf("| NC101", StringComparison.Ordinal) < markdown.IndexOf("| NC201", StringComparison.Ordinal));
        var bad = markdown.IndexOf("raw/bad\\.txt (unreadable: not UTF\\-8)", StringComparison.Ordinal);
        var b = markdown.IndexOf("| raw/b\\.txt | 1 | 1 | 0 | 1 |", StringComparison.Ordinal);
        var a = markdown.IndexOf("| raw/a\\.txt | 0 | 2 | 0 | 0 |", StringComparison.Ordinal);
        Assert.True(bad > 0 && bad < b && b < a, markdown);
        Assert.DoesNotContain("clean", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_file_table_is_capped_and_says_how_many_more()
    {
        var summary = new JobSummary();
        var builder = new SummaryBuilder();
        for (var i = 0; i < JobSummary.MaxFileRows + 7; i++)
        {
            var file = new FileReport($"raw/{i:D3}.txt", null, [Finding("NC101", Severity.Error)], null);
            summary.Add(file);
            builder.Add(file);
        }
        var markdown = summary.Render("natocorpus", builder.Build());
        Assert.Equal(JobSummary.MaxFileRows, markdown.Split('\n').Count(line => line.StartsWith("| raw/", StringComparison.Ordinal)));
        Assert.Contains("… and 7 more files with findings", markdown, StringComparison.Ordinal);
        Assert.Contains("| NC101 | missing\\-title | error | 57 | 57 | 0 | 57 |", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("raw/a|b.txt")]
    [InlineData("raw/<img src=x onerror=alert(1)>.txt")]
    [InlineData("raw/[click](https://example.com).txt")]
    [InlineData("raw/`code`\n| x | y |.txt")]
    [InlineData("raw/\u202Egnp.txt")]
    public void A_hostile_file_name_stays_text_in_one_cell(string path)
    {
        var escaped = JobSummary.Escape(path);
        Assert.DoesNotContain('\n', escaped);
        Assert.DoesNotContain('\u202E', escaped);
        // Every table pipe, bracket, angle bracket and backtick is escaped.
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] is '|' or '[' or ']' or '<' or '>' or '`' or '(' or ')')
            {
                Assert.True(i > 0 && escaped[i - 1] == '\\', $"unescaped {escaped[i]} at {i} in {escaped}");
            }
        }
    }

    [Fact]
    public void Check_in_the_github_format_appends_the_summary_to_GITHUB_STEP_SUMMARY()
    {
        var corpus = TestCorpus.CopyToTemporary();
        try
        {
            File.WriteAllText(Path.Combine(corpus, "raw", "zz_notitle.txt"), "\n\nsans titre ni date , avec une faute\n");
            var summaryFile = Path.Combine(_folder, "step_summary.md");
            File.WriteAllText(summaryFile, "earlier step\n");
            var (exit, output) = Natocorpus(corpus, summaryFile, "check", "--format", "github", "--no-cache");
            Assert.Equal(1, exit);
            var markdown = File.ReadAllText(summaryFile);
            Assert.StartsWith("earlier step\n## natocorpus: ", markdown, StringComparison.Ordinal);
            Assert.Contains("| NC101 | missing\\-title | error |", markdown, StringComparison.Ordinal);
            Assert.Contains("| raw/zz\\_notitle\\.txt |", markdown, StringComparison.Ordinal);
            // Standard output keeps the workflow commands only.
            Assert.DoesNotContain("## natocorpus", output, StringComparison.Ordinal);
            Assert.Contains("::error file=raw/zz_notitle.txt", output, StringComparison.Ordinal);

            // Without the variable nothing is written anywhere.
            File.Delete(summaryFile);
            Natocorpus(corpus, null, "check", "--format", "github", "--no-cache");
            Assert.False(File.Exists(summaryFile));
        }
        finally
        {
            Directory.Delete(corpus, recursive: true);
        }
    }

    [Fact]
    public void A_summary_that_cannot_be_written_is_a_warning_and_the_findings_stand()
    {
        var output = new StringWriter { NewLine = "\n" };
        var reporter = new GitHubReporter(Path.Combine(_folder, "no-such-folder", "summary.md"));
        reporter.Write(output, new LintReport([new FileReport("raw/a.txt", null, [Finding("NC101", Severity.Error)], null)]));
        Assert.Contains("::error file=raw/a.txt", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("::warning title=natocorpus::cannot write the job summary", output.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The executable in a child process, so the variable is set for that run alone.</summary>
    private static (int Exit, string Output) Natocorpus(string workingDirectory, string? stepSummary, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NatoCorpus.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment.Remove("GITHUB_STEP_SUMMARY");
        if (stepSummary is not null)
        {
            start.Environment["GITHUB_STEP_SUMMARY"] = stepSummary;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}
