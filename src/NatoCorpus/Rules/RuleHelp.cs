using System.Collections.Concurrent;
using Markdig;

namespace NatoCorpus.Rules;

/// <summary>
/// A rule's description and help as a SARIF consumer shows them (code scanning's rule panel), taken from its doc
/// page (docs/rules/ID.md, embedded in the library), so the page stays the one source of truth: the first paragraph
/// under the title is the full description, the whole page is the help.
/// </summary>
/// <param name="FullDescription">The page's first paragraph, as plain text on one line.</param>
/// <param name="FullDescriptionMarkdown">The same paragraph as written, Markdown on one line.</param>
/// <param name="HelpText">The page as plain text (Markdig's plain-text rendering).</param>
/// <param name="HelpMarkdown">The page as written.</param>
public sealed record RuleHelp(string FullDescription, string FullDescriptionMarkdown, string HelpText, string HelpMarkdown)
{
    private static readonly ConcurrentDictionary<string, RuleHelp> Cache = new(StringComparer.Ordinal);

    /// <summary>The help of <paramref name="rule"/>, read once per process; the short description stands in when it has no page.</summary>
    public static RuleHelp Of(RuleDescriptor rule) => Cache.GetOrAdd(rule.Id, _ => From(rule, RuleCatalog.Documentation(rule)));

    /// <summary>Builds the help from a page's Markdown (null: no page).</summary>
    public static RuleHelp From(RuleDescriptor rule, string? page)
    {
        if (string.IsNullOrWhiteSpace(page))
        {
            return new RuleHelp(rule.Description, rule.Description, rule.Description, rule.Description);
        }
        page = page.Replace("\r\n", "\n", StringComparison.Ordinal);
        var paragraph = FirstParagraph(page) ?? rule.Description;
        return new RuleHelp(PlainText(paragraph), paragraph, PlainText(page).TrimEnd() + "\n", page);
    }

    /// <summary>The lines after the `# ID name` title up to the next blank line, joined with spaces.</summary>
    private static string? FirstParagraph(string page)
    {
        var lines = page.Split('\n');
        var start = Array.FindIndex(lines, line => line.Length > 0 && !line.StartsWith('#'));
        if (start < 0)
        {
            return null;
        }
        var end = Array.FindIndex(lines, start, string.IsNullOrWhiteSpace);
        return string.Join(' ', lines[start..(end < 0 ? lines.Length : end)].Select(line => line.Trim()));
    }

    // Markdig's own rendering, not a hand-made stripper: inline code, emphasis and links lose their marks the way
    // the Markdown reader means them. Raw HTML is disabled so a tag in a page stays text.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    private static string PlainText(string markdown) => Markdown.ToPlainText(markdown, Pipeline).Trim();
}
