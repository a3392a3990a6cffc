using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NatoCorpus.Input;

/// <summary>
/// Turns a scraped HTML page or fragment into the plain text the pipeline reads: the title line, a
/// "published:" line when the page states its date, then one paragraph per block element. Scripts, styles,
/// navigation and other page furniture are dropped; a tweet blockquote becomes its text followed by its
/// "— Name (@handle) Date" signature, so the embed rules find it as in any text. AngleSharp parses only:
/// no browsing context, so no script runs and no external resource is loaded.
/// </summary>
public static partial class HtmlExtractor
{
    public static bool LooksLikeHtml(string path, string text)
    {
        if (path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var start = text.AsSpan().TrimStart();
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (start.StartsWith("<", StringComparison.Ordinal) && BlockTag().Count(text) >= 2);
    }

    /// <summary>The article text of <paramref name="html"/>; <paramref name="furniture"/> and <paramref name="tweets"/> are CSS selectors from embeds.yaml.</summary>
    public static string Extract(string html, IReadOnlyList<string> furniture, IReadOnlyList<string> tweets)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        var document = parser.ParseDocument(html);
        foreach (var selector in furniture)
        {
            foreach (var element in document.QuerySelectorAll(selector).ToArray())
            {
                element.Remove();
            }
        }
        foreach (var tweet in tweets.Count == 0 ? [] : document.QuerySelectorAll(string.Join(", ", tweets)).ToArray())
        {
            var paragraph = document.CreateElement("p");
            paragraph.TextContent = TweetText(tweet);
            tweet.Replace(paragraph);
        }

        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body ?? document.DocumentElement;
        var heading = root.QuerySelector("h1") ?? document.QuerySelector("h1");
        var title = Clean(heading?.TextContent ?? document.Title ?? "");
        var lines = new List<string>();
        if (title.Length > 0)
        {
            lines.Add(title);
        }
        if (PublishedDate(document) is { } published)
        {
            lines.Add($"published: {published}");
        }
        foreach (var block in root.QuerySelectorAll("h1, h2, h3, h4, h5, h6, p, li, figcaption, pre, blockquote"))
        {
            // The innermost block carries the text; an outer one would repeat it.
            if (block == heading || block.QuerySelector("p, li, h2, h3, h4, h5, h6, pre, blockquote") is not null)
            {
                continue;
            }
            var text = Clean(block.TextContent);
            if (text.Length > 0)
            {
                lines.Add(text);
            }
        }
        return string.Join("\n\n", lines) + "\n";
    }

    /// <summary>"tweet text — Name (@handle) Month D, YYYY", as the twitter embed shows it.</summary>
    private static string TweetText(IElement tweet)
    {
        var paragraphs = tweet.QuerySelectorAll("p").Select(p => Clean(p.TextContent)).Where(text => text.Length > 0).ToArray();
        foreach (var p in tweet.QuerySelectorAll("p").ToArray())
        {
            p.Remove();
        }
        var attribution = Clean(tweet.TextContent).TrimStart('—', '–', '-', ' ');
        return $"{string.Join(" ", paragraphs)} — {attribution}";
    }

    private static string? PublishedDate(IDocument document)
    {
        var candidates = new[]
        {
            document.QuerySelector("meta[property='article:published_time']")?.GetAttribute("content"),
            document.QuerySelector("meta[name='date']")?.GetAttribute("content"),
            document.QuerySelector("time[datetime]")?.GetAttribute("datetime"),
        };
        return candidates.Select(value => value is null ? null : IsoDate().Match(value)).FirstOrDefault(match => match is { Success: true })?.Value;
    }

    /// <summary>Collapses spaces and line breaks; keeps no-break spaces, which are typography.</summary>
    private static string Clean(string text) => Spaces().Replace(text, " ").Trim(' ');

    [GeneratedRegex(@"[ \t\r\n\f]+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"<(?:p|div|article|h[1-6]|blockquote)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();
}
