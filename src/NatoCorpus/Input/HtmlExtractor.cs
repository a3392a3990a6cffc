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
    /// <remarks>
    /// A page nested deeper than <see cref="MaxDepth"/> elements is refused before it is parsed, and parsing has a
    /// time budget (<see cref="ParseBudget"/>): both throw <see cref="InputRejectedException"/>.
    /// </remarks>
    public static string Extract(string html, IReadOnlyList<string> furniture, IReadOnlyList<string> tweets)
    {
        if (NestingDepth(html, MaxDepth) > MaxDepth)
        {
            throw new InputRejectedException($"HTML nested more than {MaxDepth} elements deep: refused (no article needs it, and parsing time grows with the square of the depth)");
        }
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        IDocument document;
        using (var budget = new CancellationTokenSource(ParseBudget))
        {
            try
            {
                document = parser.ParseDocumentAsync(html, budget.Token).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                throw new InputRejectedException($"HTML took longer than {ParseBudget.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)} s to parse: refused");
            }
        }
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

    /// <summary>
    /// Deepest element nesting read. Browsers cap the tree there too (WebKit and Blink at 512); the HTML parser
    /// looks through the open elements for each new tag, so its time grows with the square of the depth, and a
    /// 1 MB page of nested divs took minutes.
    /// </summary>
    public const int MaxDepth = 512;

    /// <summary>Time allowed to parse one page: a safety net behind the depth limit, never reached by a real page.</summary>
    public static readonly TimeSpan ParseBudget = TimeSpan.FromSeconds(10);

    /// <summary>Elements without an end tag, or whose end tag may be left out: they never make the nesting deeper.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> Flat = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption",
        "rp", "rt", "rb", "rtc", "html", "head", "body");

    /// <summary>Elements whose content is text up to their end tag: a "&lt;div" in a script is no element.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> RawText = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes");

    /// <summary>
    /// How deep the elements of <paramref name="html"/> nest, counted by a linear scan of its tags (an estimate: a
    /// tag left open counts as open, as the parser keeps it), stopping once past <paramref name="limit"/>.
    /// </summary>
    internal static int NestingDepth(string html, int limit)
    {
        var depth = 0;
        var deepest = 0;
        var at = 0;
        while ((at = html.IndexOf('<', at)) >= 0 && at + 1 < html.Length)
        {
            if (html.AsSpan(at).StartsWith("<!--", StringComparison.Ordinal))
            {
                var end = html.IndexOf("-->", at + 4, StringComparison.Ordinal);
                at = end < 0 ? html.Length : end + 3;
                continue;
            }
            var closing = html[at + 1] == '/';
            var start = at + (closing ? 2 : 1);
            var stop = start;
            while (stop < html.Length && (char.IsAsciiLetterOrDigit(html[stop]) || html[stop] is '-' or ':'))
            {
                stop++;
            }
            if (stop == start || !char.IsAsciiLetter(html[start]))
            {
                at = start;
                continue;
            }
            var name = html[start..stop];
            var close = html.IndexOf('>', stop);
            if (close < 0)
            {
                break;
            }
            at = close + 1;
            if (Flat.Contains(name))
            {
                continue;
            }
            if (closing)
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }
            if (RawText.Contains(name))
            {
                var end = html.IndexOf("</" + name, at, StringComparison.OrdinalIgnoreCase);
                at = end < 0 ? html.Length : end;
                continue;
            }
            if (html[close - 1] == '/')
            {
                continue;
            }
            deepest = Math.Max(deepest, ++depth);
            if (deepest > limit)
            {
                break;
            }
        }
        return deepest;
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
