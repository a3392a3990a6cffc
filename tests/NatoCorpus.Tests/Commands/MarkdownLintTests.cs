using NatoCorpus.Commands;

namespace NatoCorpus.Tests.Commands;

/// <summary>
/// `lint` of normalized Markdown (issue 13): the front matter's text fields are typeset as the body (item 11), and
/// disable comments work as markdownlint's (item 10).
/// </summary>
public sealed class MarkdownLintTests : IDisposable
{
    private const string File001 = "normalized/001_acbb140c3dcff470.md";

    private readonly TempCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    private string PathOf(string relative) => Path.Combine(_corpus.Root, relative);

    private (int Exit, string Output, string Error) Lint(bool fix = false, params string[] paths) =>
        _corpus.Run(environment => LintCommand.Run(environment, new LintRequest(paths.Length > 0 ? paths : [PathOf(File001)], "text", false, Fix: fix)));

    private void Edit(Func<string[], IEnumerable<string>> change) =>
        File.WriteAllText(PathOf(File001), string.Join('\n', change(File.ReadAllText(PathOf(File001)).Split('\n'))));

    [Fact]
    public void A_straight_apostrophe_in_the_title_is_reported_in_the_front_matter_and_fixed_in_place()
    {
        Edit(lines => lines.Select(line => line.StartsWith("title: ", StringComparison.Ordinal) ? "title: L'OTAN ne signe pas de chèque en blanc" : line));
        var (_, output, _) = Lint();
        Assert.Contains($"{File001}:3:9: warning NC201 straight-apostrophe: straight apostrophe", output, StringComparison.Ordinal);
        Assert.Contains("    title: L'OTAN ne signe pas de chèque en blanc\n            ^\n", output, StringComparison.Ordinal);

        Lint(fix: true);
        var fixedText = File.ReadAllText(PathOf(File001));
        Assert.Equal("title: L’OTAN ne signe pas de chèque en blanc", fixedText.Split('\n')[2]);
        Assert.DoesNotContain("NC201", Lint().Output, StringComparison.Ordinal);
        // The rest of the file is as it was: only the title changed.
        Assert.Equal(
            File.ReadAllText(Path.Combine(TestCorpus.Root, File001)).Split('\n').Where((_, i) => i != 2),
            fixedText.Split('\n').Where((_, i) => i != 2));
    }

    [Fact]
    public void A_quoted_title_is_checked_inside_its_quotes()
    {
        Edit(lines => lines.Select(line => line.StartsWith("title: ", StringComparison.Ordinal) ? "title: \"Pourquoi : l'OTAN\"" : line));
        var output = Lint().Output;
        Assert.Contains($"{File001}:3:17: warning NC204 space-before-punctuation", output, StringComparison.Ordinal);
        Assert.Contains($"{File001}:3:21: warning NC201 straight-apostrophe", output, StringComparison.Ordinal);
        Lint(fix: true);
        Assert.Equal("title: \"Pourquoi\u00A0: l’OTAN\"", File.ReadAllText(PathOf(File001)).Split('\n')[2]);
    }

    /// <summary>Line 80 of 001 holds the NC302 finding "a également avoir proposé"; line 74 two others.</summary>
    private static string[] Findings(string output, string rule) =>
        output.Split('\n').Where(line => line.StartsWith(File001 + ":", StringComparison.Ordinal) && line.Contains($" {rule} ", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void Disable_comments_suppress_findings_and_lint_fix_keeps_them()
    {
        Assert.Equal(3, Findings(Lint().Output, "NC302").Length);
        Edit(lines =>
        {
            var list = lines.ToList();
            list.Insert(80, "<!-- natocorpus-enable NC302 -->");
            list.Insert(74, "<!-- natocorpus-disable doubtful-grammar -- the minister's words, quoted as spoken -->");
            // After the last paragraph, a comment is a block of its own, as `lint --fix` writes it.
            list.InsertRange(list.Count - 1, ["", "<!-- natocorpus-disable-next-line NC204 -->"]);
            return list;
        });
        var output = Lint().Output;
        // Line 75's two findings are disabled; line 81's (83 now) is after the enable.
        Assert.Equal([$"{File001}:83:50"], Findings(output, "NC302").Select(line => line[..line.IndexOf(": ", StringComparison.Ordinal)]));
        // Without a reason: NC107 at the comment; disabling nothing: NC108 at the comment.
        var lastComment = File.ReadAllText(PathOf(File001)).Split('\n').ToList().FindIndex(line => line.Contains("disable-next-line", StringComparison.Ordinal)) + 1;
        Assert.Single(Findings(output, "NC107"), line => line.StartsWith($"{File001}:{lastComment}:1: warning NC107", StringComparison.Ordinal));
        Assert.Single(Findings(output, "NC108"), line => line.StartsWith($"{File001}:{lastComment}:1: warning NC108", StringComparison.Ordinal));

        var before = File.ReadAllText(PathOf(File001));
        Lint(fix: true);
        Assert.Equal(before, File.ReadAllText(PathOf(File001)));
    }

    [Fact]
    public void A_disable_next_line_comment_covers_the_next_paragraph_only()
    {
        Edit(lines =>
        {
            var list = lines.ToList();
            list.Insert(79, "<!-- natocorpus-disable-next-line NC302 -- quoted -->");
            return list;
        });
        var output = Lint().Output;
        Assert.Equal(2, Findings(output, "NC302").Length);
        Assert.Empty(Findings(output, "NC107"));
        Assert.Empty(Findings(output, "NC108"));
    }
}
