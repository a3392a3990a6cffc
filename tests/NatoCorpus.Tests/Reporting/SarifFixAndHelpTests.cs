using System.Text.Json;
using NatoCorpus.Reporting;
using NatoCorpus.Rules;
using NatoCorpus.Text;

namespace NatoCorpus.Tests.Reporting;

/// <summary>
/// SARIF carries what code scanning shows beside a finding: each rule's description and help from its doc page, and
/// each fix as SARIF `fixes` whose replacements, applied by line and column, give what the fix's edits give. A move
/// (a block normalize takes out of the body and keeps in the front matter) is no replacement: a property only.
/// </summary>
public sealed class SarifFixAndHelpTests
{
    private const string Text = "Un titre sur l'Alliance\n\n  • 11 Feb. 2021 -\n  • |\n  • Mis à jour le: 11 Feb. 2021 17:40\n\n"
        + "L'OTAN et  l'Alliance « sont prêtes » : le sommet 🇫🇷 a lieu en 2024...\nLa suite du paragraphe.\n";

    private static (JsonDocument Log, SourceText Source, IReadOnlyList<Diagnostic> Diagnostics) Render()
    {
        var result = TestCorpus.ProcessText(Text, "sarif", "date: 2021-02-11\n");
        var output = new StringWriter { NewLine = "\n" };
        var report = new LintReport([new FileReport(result.RelativePath, result.Source, result.Diagnostics, result.Error)]);
        Reporters.For("sarif", color: false).Write(output, report);
        return (JsonDocument.Parse(output.ToString()), result.Source!, result.Diagnostics);
    }

    [Fact]
    public void Every_rule_carries_its_doc_pages_first_paragraph_and_the_page_as_help()
    {
        var (log, _, _) = Render();
        using var _1 = log;
        var rules = log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.Equal(RuleCatalog.Descriptors.Count, rules.GetArrayLength());
        foreach (var rule in rules.EnumerateArray())
        {
            var descriptor = RuleCatalog.FindDescriptor(rule.GetProperty("id").GetString()!)!;
            var page = RuleCatalog.Documentation(descriptor);
            Assert.NotNull(page);
            Assert.Equal(page, rule.GetProperty("help").GetProperty("markdown").GetString());
            var full = rule.GetProperty("fullDescription");
            Assert.False(string.IsNullOrWhiteSpace(full.GetProperty("text").GetString()), descriptor.Id);
            // The first paragraph, in its words: not the title line, not a list item.
            Assert.Contains(full.GetProperty("markdown").GetString()!, page.Replace('\n', ' '), StringComparison.Ordinal);
            Assert.DoesNotContain(descriptor.Id, full.GetProperty("text").GetString()!, StringComparison.Ordinal);
            var help = rule.GetProperty("help").GetProperty("text").GetString()!;
            Assert.DoesNotContain("```yaml", help, StringComparison.Ordinal);
            Assert.DoesNotContain("## ", help, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_help_of_NC201_is_its_page_as_plain_text()
    {
        var help = RuleHelp.Of(RuleCatalog.FindDescriptor("NC201")!);
        Assert.StartsWith("A typewriter apostrophe ' between two letters", help.FullDescription, StringComparison.Ordinal);
        Assert.StartsWith("A typewriter apostrophe `'` between two letters", help.FullDescriptionMarkdown, StringComparison.Ordinal);
        Assert.Contains("L'OTAN et l'Alliance.", help.HelpText, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_fix_is_sarif_fixes_whose_replacements_give_the_fixed_text()
    {
        var (log, source, diagnostics) = Render();
        using var _1 = log;
        var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(diagnostics.Count, results.Length);
        var withEdits = 0;
        for (var i = 0; i < results.Length; i++)
        {
            var fix = diagnostics[i].Fix;
            var hasFixes = results[i].TryGetProperty("fixes", out var fixes);
            Assert.Equal(fix is { Edits.Count: > 0 }, hasFixes);
            if (!hasFixes)
            {
                continue;
            }
            withEdits++;
            var change = Assert.Single(fixes.EnumerateArray()).GetProperty("artifactChanges")[0];
            Assert.Equal("sarif", change.GetProperty("artifactLocation").GetProperty("uri").GetString()!.Split('/')[^1].Split('.')[0]);
            var replacements = change.GetProperty("replacements").EnumerateArray().ToArray();
            Assert.Equal(fix!.Edits.Count, replacements.Length);
            Assert.Equal(Apply(source.Text, fix.Edits), Apply(source.Text, replacements.Select(replacement => ToEdit(source, replacement)).ToArray()));
        }
        Assert.True(withEdits >= 4, $"only {withEdits} findings with edits: the text no longer exercises fixes");
    }

    [Fact]
    public void A_move_is_a_property_naming_the_block_never_a_replacement()
    {
        var (log, _, diagnostics) = Render();
        using var _1 = log;
        var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToArray();
        var index = diagnostics.ToList().FindIndex(diagnostic => diagnostic.Fix?.Moves is not null);
        Assert.True(index >= 0, "the header block is no longer a move");
        Assert.False(results[index].TryGetProperty("fixes", out _));
        var moves = results[index].GetProperty("properties").GetProperty("moves");
        Assert.Equal(3, moves.GetProperty("startLine").GetInt32());
        Assert.Equal(5, moves.GetProperty("endLine").GetInt32());
    }

    private static TextEdit ToEdit(SourceText source, JsonElement replacement)
    {
        var region = replacement.GetProperty("deletedRegion");
        var start = source.OffsetOf(region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32());
        var endLine = region.GetProperty("endLine").GetInt32();
        // A region that ends at column 1 of the line after the text's last line ends the text.
        var end = endLine > source.LineCount ? source.Text.Length : source.OffsetOf(endLine, region.GetProperty("endColumn").GetInt32());
        return new TextEdit(TextSpan.FromBounds(start, end), replacement.GetProperty("insertedContent").GetProperty("text").GetString()!);
    }

    private static string Apply(string text, IReadOnlyList<TextEdit> edits)
    {
        foreach (var edit in edits.OrderByDescending(edit => edit.Span.Start))
        {
            text = text[..edit.Span.Start] + edit.NewText + text[edit.Span.End..];
        }
        return text;
    }
}
