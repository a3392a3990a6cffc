using System.Globalization;
using System.Text;
using NatoCorpus.Model;
using NatoCorpus.Text;

namespace NatoCorpus.Parsing.Recognition;

/// <summary>
/// Tweet embeds (lines ending with the "— Name (@handle) Month D, YYYY" signature, with the text lines glued above
/// and any live banners just before) and social or live banners (embeds.yaml patterns, or lines mostly emoji and
/// symbols). Each becomes an <see cref="Embed"/> with what could be parsed from it.
/// </summary>
public sealed class EmbedRecognizer : ILineRecognizer
{
    /// <summary>A tweet is at most 280 characters: longer lines above a signature are article text.</summary>
    private const int TweetLineChars = 320;
    private const int TweetMaxLines = 8;

    public string Name => "embed";

    public void Recognize(RecognitionContext context)
    {
        var knowledge = context.Knowledge;
        var segments = context.Segments;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            // A signature names a handle: "(@…)". Lines without one are not matched against the costly pattern.
            if (!segment.IsUnknown || segment.Span.Length > knowledge.TweetMaxLineLength || !segment.Text.Contains("(@", StringComparison.Ordinal)
                || !knowledge.TweetSignature.IsMatch(Nfc.Compose(segment.Text)))
            {
                continue;
            }
            var first = i;
            // A signature that carries the tweet's text ("Our F-16s scrambled… — Name (@handle) Date") starts its
            // tweet, or ends a few short lines of it: a paragraph of article text right above is not the tweet's.
            var ownText = knowledge.TweetSignature.Match(Nfc.Compose(segment.Text)).Groups["text"].Length > 0;
            while (first > 0 && i - first < TweetMaxLines && segments[first - 1].IsUnknown && context.Touching(first - 1, first)
                && segments[first - 1].Span.Length <= TweetLineChars && !IsBanner(context, segments[first - 1])
                && !(ownText && TitleRecognizer.IsParagraph(segments[first - 1], knowledge.Classifier)))
            {
                first--;
            }
            // Banners right before a tweet are the first lines of that tweet's text.
            while (first > 0 && segments[first - 1].IsUnknown && IsBanner(context, segments[first - 1]))
            {
                first--;
            }
            context.Embeds.Add(Tweet(context, first, i));
        }
        for (var i = 0; i < segments.Count; i++)
        {
            if (!segments[i].IsUnknown || !IsBanner(context, segments[i]))
            {
                continue;
            }
            var last = i;
            while (last + 1 < segments.Count && segments[last + 1].IsUnknown && context.Touching(last, last + 1) && IsBanner(context, segments[last + 1]))
            {
                last++;
            }
            var lines = Enumerable.Range(i, last - i + 1).Select(index => segments[index]).ToList();
            foreach (var line in lines)
            {
                line.Set(LineKind.Embed, Name, "social or live banner");
            }
            var block = new LineBlock(segments[i].Line, segments[last].Line, TextSpan.FromBounds(segments[i].Span.Start, segments[last].Span.End));
            context.Embeds.Add(new Embed(EmbedKind.Banner, block, string.Join("\n", lines.Select(line => line.Text.Trim())), new SortedDictionary<string, string>(StringComparer.Ordinal)));
            i = last;
        }
        context.Embeds.Sort((a, b) => a.Block.FirstLine.CompareTo(b.Block.FirstLine));
    }

    private static bool IsBanner(RecognitionContext context, SegmentState segment)
    {
        var knowledge = context.Knowledge;
        if (segment.Span.Length > knowledge.BannerMaxLength)
        {
            return false;
        }
        var line = Nfc.Compose(segment.Text);
        if (knowledge.Banners.Any(banner => banner.Pattern.IsMatch(line)))
        {
            return true;
        }
        var symbols = 0;
        var visible = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format)
            {
                continue;
            }
            visible++;
            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol)
            {
                symbols++;
            }
        }
        return visible > 0 && symbols >= knowledge.SymbolRatio * visible;
    }

    private Embed Tweet(RecognitionContext context, int first, int signatureIndex)
    {
        var knowledge = context.Knowledge;
        var segments = context.Segments;
        var lines = new List<string>();
        for (var i = first; i < signatureIndex; i++)
        {
            lines.Add(segments[i].Text.Trim());
            segments[i].Set(LineKind.Embed, Name, "tweet text");
        }
        var signatureSegment = segments[signatureIndex];
        signatureSegment.Set(LineKind.Embed, Name, "tweet signature");
        var signature = knowledge.TweetSignature.Match(Nfc.Compose(signatureSegment.Text));
        lines.Add(signature.Groups["text"].Value.Trim());
        var text = string.Join("\n", lines.Where(line => line.Length > 0));
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["author"] = signature.Groups["author"].Value.Trim(),
            ["handle"] = signature.Groups["handle"].Value,
        };
        if (context.DateReader.Dates(signature.Groups["date"].Value).FirstOrDefault()?.Date is { } date)
        {
            fields["date"] = date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        }
        var url = knowledge.TweetUrl.Matches(text).LastOrDefault();
        if (url is not null)
        {
            fields["url"] = url.Value;
        }
        // The attribution as written ("— Name (@handle) November 30, 2020"): nothing of the raw text is lost.
        var textGroup = signature.Groups["text"];
        fields["attribution"] = signature.Value[(textGroup.Index + textGroup.Length)..].Trim();
        var block = new LineBlock(segments[first].Line, signatureSegment.Line, TextSpan.FromBounds(segments[first].Span.Start, signatureSegment.Span.End));
        return new Embed(EmbedKind.Tweet, block, text, fields);
    }
}
