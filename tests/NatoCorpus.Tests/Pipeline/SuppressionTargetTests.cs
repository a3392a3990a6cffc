using NatoCorpus.Reporting;

namespace NatoCorpus.Tests.Pipeline;

/// <summary>
/// Issue 13, item 10: a raw paragraph is one line, so a suppression can target the matched text or a column, not
/// only a line; a suppression's own findings (NC107, NC108) are placed on its entry in the sidecar.
/// </summary>
public sealed class SuppressionTargetTests
{
    // Line 3 is one paragraph holding two straight apostrophes (columns 1 and 18) and nothing else to report on them.
    private const string Text = "Un titre\n\nL'OTAN est prête et l'Europe aussi, dit le ministre à Bruxelles.\n";

    private static NatoCorpus.Rules.Diagnostic[] Apostrophes(string sidecar) =>
        TestCorpus.ProcessText(Text, sidecar: "date: 2024-01-01\n" + sidecar).Diagnostics.Where(diagnostic => diagnostic.Rule.Id == "NC201").ToArray();

    [Fact]
    public void A_line_alone_suppresses_every_finding_of_the_rule_on_a_paragraph()
    {
        Assert.Equal(2, Apostrophes("").Length);
        Assert.Empty(Apostrophes("suppressions:\n  - rule: NC201\n    line: 3\n    reason: as printed\n"));
    }

    [Fact]
    public void A_column_suppresses_one_finding_of_the_line()
    {
        var left = Assert.Single(Apostrophes("suppressions:\n  - rule: NC201\n    line: 3\n    column: 2\n    reason: the agency's spelling\n"));
        Assert.Equal((3, 22), (left.Start.Line, left.Start.Column));
    }

    [Fact]
    public void A_match_suppresses_only_the_findings_on_that_text()
    {
        var text = "Un titre\n\nLe ministre a parlé de la sitaution et de la polotique à Bruxelles, devant les alliés réunis.\n";
        var sidecar = "date: 2024-01-01\nsuppressions:\n  - rule: unknown-word\n    match: polotique\n    reason: the speaker's own word, quoted\n";
        var unknown = TestCorpus.ProcessText(text, sidecar: sidecar).Diagnostics.Where(diagnostic => diagnostic.Rule.Id == "NC304").ToArray();
        Assert.Equal("sitaution", text.Substring(Assert.Single(unknown).Span.Start, "sitaution".Length));
    }

    [Fact]
    public void A_column_without_a_line_is_refused_with_its_place()
    {
        var result = TestCorpus.ProcessText(Text, sidecar: "suppressions:\n  - rule: NC201\n    column: 2\n    reason: x\n");
        Assert.Equal(("raw/test.meta.yaml", 3), (result.Error!.Path, result.Error.Line));
        Assert.Contains("a column needs its line", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_about_a_suppression_are_placed_on_its_entry_in_the_sidecar()
    {
        var sidecar = "date: 2024-01-01\nsuppressions:\n  - rule: NC201\n    line: 3\n  - rule: NC302\n    line: 1\n    reason: wrong line\n";
        var result = TestCorpus.ProcessText(Text, sidecar: sidecar);
        var missing = Assert.Single(result.Diagnostics, diagnostic => diagnostic.Rule.Id == "NC107");
        var unused = Assert.Single(result.Diagnostics, diagnostic => diagnostic.Rule.Id == "NC108");
        Assert.Equal(("raw/test.meta.yaml", 3, 5), (missing.Path, missing.Start.Line, missing.Start.Column));
        Assert.Equal(("raw/test.meta.yaml", 5, 5), (unused.Path, unused.Start.Line, unused.Start.Column));

        // Every format names the sidecar, not the text, for these two.
        var report = new FileReport(result.RelativePath, result.Source, result.Diagnostics, null);
        string Format(string format)
        {
            var writer = new StringWriter { NewLine = "\n" };
            Reporters.For(format, color: false).Write(writer, new LintReport([report]));
            return writer.ToString();
        }
        Assert.Contains("raw/test.meta.yaml:3:5: warning NC107 suppression-without-reason: suppression 1 (NC201 on line 3) has no reason", Format("text"), StringComparison.Ordinal);
        Assert.Contains("::warning file=raw/test.meta.yaml,line=5,col=5,", Format("github"), StringComparison.Ordinal);
        Assert.Contains("\"path\": \"raw/test.meta.yaml\"", Format("json"), StringComparison.Ordinal);
        Assert.Contains("\"uri\": \"raw/test.meta.yaml\"", Format("sarif"), StringComparison.Ordinal);
    }
}
