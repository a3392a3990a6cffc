using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NatoCorpus.Knowledge;
using NatoCorpus.Model;
using NatoCorpus.Text;

namespace NatoCorpus.Parsing;

/// <summary>
/// Splits a text into blocks of lines and says what each is: header, title, embed, caption or prose.
/// It only classifies; the rules decide what is a defect and how to fix it.
/// </summary>
public sealed partial class DocumentParser(CorpusKnowledge knowledge)
{
    /// <summary>Only blocks this close to the top can be a header or the title.</summary>
    private const int TopBlocks = 3;
    private const int MaxTitleLength = 250;
    private const int MaxCaptionWords = 40;

    private enum BlockKind
    {
        Prose,
        Tweet,
        Banner,
        Caption,
    }

    /// <summary>
    /// Parses a raw text, or (with <paramref name="bodyLine"/> &gt; 1) the body of a normalized Markdown file
    /// that starts at that line: its title and header are in the front matter, so none is looked for.
    /// </summary>
    public ParsedDocument Parse(SourceText source, int bodyLine = 1)
    {
        var isBodyOnly = bodyLine > 1;
        var blocks = SplitBlocks(source, bodyLine);
        HeaderBlock? header = null;
        for (var i = 0; i < Math.Min(TopBlocks, blocks.Count) && header is null && !isBodyOnly; i++)
        {
            header = MatchHeader(source, blocks[i]);
            if (header is null && i == 0 && blocks[0].LastLine > blocks[0].FirstLine)
            {
                // A title glued to the header below it: split the title line off and look again.
                var rest = Block(source, blocks[0].FirstLine + 1, blocks[0].LastLine);
                if (MatchHeader(source, rest) is { } glued)
                {
                    blocks[0] = Block(source, blocks[0].FirstLine, blocks[0].FirstLine);
                    blocks.Insert(1, rest);
                    header = glued;
                    i = 1;
                }
            }
            if (header is not null)
            {
                // A header glued to the text after it leaves that text as a block of its own.
                if (header.Block.LastLine < blocks[i].LastLine)
                {
                    blocks[i] = Block(source, header.Block.LastLine + 1, blocks[i].LastLine);
                }
                else
                {
                    blocks.RemoveAt(i);
                }
            }
        }

        ProseBlock? title = null;
        var kinds = blocks.Select(block => Classify(source, block)).ToList();
        var firstProse = kinds.IndexOf(BlockKind.Prose);
        if (!isBodyOnly && firstProse >= 0 && firstProse < TopBlocks && LooksLikeTitle(source.LineText(blocks[firstProse].FirstLine)))
        {
            var block = blocks[firstProse];
            title = new ProseBlock(source.LineSpan(block.FirstLine), block.FirstLine);
            if (block.LastLine == block.FirstLine)
            {
                blocks.RemoveAt(firstProse);
                kinds.RemoveAt(firstProse);
            }
            else
            {
                var rest = block.FirstLine + 1;
                blocks[firstProse] = block with { FirstLine = rest, Span = TextSpan.FromBounds(source.LineSpan(rest).Start, block.Span.End) };
            }
        }

        var paragraphs = new List<ProseBlock>();
        var embeds = new List<Embed>();
        var pendingBanners = new List<LineBlock>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            switch (kinds[i])
            {
                case BlockKind.Banner:
                    pendingBanners.Add(block);
                    continue;
                case BlockKind.Tweet:
                    // Banners right before a tweet signature are the first lines of that tweet's text.
                    embeds.Add(ParseTweet(source, pendingBanners, block));
                    pendingBanners.Clear();
                    continue;
            }
            FlushBanners(source, pendingBanners, embeds);
            if (kinds[i] == BlockKind.Caption)
            {
                var text = source[block.Span].Trim();
                embeds.Add(new Embed(EmbedKind.Caption, block, text, new SortedDictionary<string, string>(StringComparer.Ordinal)
                {
                    ["language"] = GuessLanguage(text) ?? "und",
                }));
            }
            else
            {
                paragraphs.Add(new ProseBlock(block.Span, block.FirstLine));
            }
        }
        FlushBanners(source, pendingBanners, embeds);
        return new ParsedDocument(source, header, title, paragraphs, embeds);
    }

    private static void FlushBanners(SourceText source, List<LineBlock> banners, List<Embed> embeds)
    {
        foreach (var banner in banners)
        {
            embeds.Add(new Embed(EmbedKind.Banner, banner, source[banner.Span].Trim(), new SortedDictionary<string, string>(StringComparer.Ordinal)));
        }
        banners.Clear();
    }

    /// <summary>
    /// Runs of non-blank lines, further split where a single newline ends a paragraph (glued paragraphs), so a
    /// caption or embed glued to a paragraph is classified on its own.
    /// </summary>
    public static List<LineBlock> SplitBlocks(SourceText source, int fromLine = 1)
    {
        var blocks = new List<LineBlock>();
        var first = 0;
        for (var line = fromLine; line <= source.LineCount + 1; line++)
        {
            var blank = line > source.LineCount || string.IsNullOrWhiteSpace(source.LineText(line));
            if (!blank && first == 0)
            {
                first = line;
            }
            else if (blank && first != 0)
            {
                AddSplitAtBreaks(source, first, line - 1, blocks);
                first = 0;
            }
        }
        return blocks;
    }

    private static void AddSplitAtBreaks(SourceText source, int first, int last, List<LineBlock> blocks)
    {
        var span = TextSpan.FromBounds(source.LineSpan(first).Start, source.LineSpan(last).End);
        var start = first;
        foreach (var (newline, isBreak) in LineBreaks.Newlines(source.Text, span))
        {
            if (isBreak)
            {
                var end = source.PositionOf(newline.Start).Line;
                blocks.Add(Block(source, start, end));
                start = end + 1;
            }
        }
        blocks.Add(Block(source, start, last));
    }

    private static LineBlock Block(SourceText source, int first, int last) =>
        new(first, last, TextSpan.FromBounds(source.LineSpan(first).Start, source.LineSpan(last).End));

    /// <summary>The header at the start of <paramref name="block"/>: its leading lines that all match one shape.</summary>
    private HeaderBlock? MatchHeader(SourceText source, LineBlock block)
    {
        foreach (var shape in knowledge.HeaderShapes)
        {
            var fields = new SortedDictionary<string, string>(StringComparer.Ordinal);
            var lines = new List<string>();
            for (var line = block.FirstLine; line <= block.LastLine; line++)
            {
                // Patterns are written in NFC; a decomposed "é" must still match (NC207 reports it).
                var text = source.LineText(line);
                var match = shape.Lines.Select(pattern => pattern.Match(Nfc(text))).FirstOrDefault(candidate => candidate.Success);
                if (match is null)
                {
                    break;
                }
                lines.Add(text);
                foreach (var group in match.Groups.Values.Where(group => group.Success && !char.IsDigit(group.Name[0])))
                {
                    fields[group.Name] = group.Value;
                }
            }
            if (lines.Count > 0)
            {
                return new HeaderBlock(shape.Name, shape.TimeZone, Block(source, block.FirstLine, block.FirstLine + lines.Count - 1), lines, fields);
            }
        }
        return null;
    }

    private BlockKind Classify(SourceText source, LineBlock block)
    {
        var last = source.LineSpan(block.LastLine);
        if (last.Length <= knowledge.TweetMaxLineLength && knowledge.TweetSignature.IsMatch(Nfc(source[last])))
        {
            return BlockKind.Tweet;
        }
        var allBanners = true;
        for (var line = block.FirstLine; line <= block.LastLine; line++)
        {
            var span = source.LineSpan(line);
            if (span.Length > knowledge.BannerMaxLength)
            {
                allBanners = false;
                break;
            }
            allBanners &= IsBanner(Nfc(source[span]));
        }
        if (allBanners)
        {
            return BlockKind.Banner;
        }
        if (block.FirstLine == block.LastLine && IsForeignCaption(Nfc(source.LineText(block.FirstLine))))
        {
            return BlockKind.Caption;
        }
        return BlockKind.Prose;
    }

    private bool IsBanner(string line)
    {
        if (knowledge.Banners.Any(banner => banner.Pattern.IsMatch(line)))
        {
            return true;
        }
        var symbols = 0;
        var visible = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark)
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

    private bool IsForeignCaption(string line)
    {
        var text = line.Trim();
        if (text.Length == 0 || EndsSentence(text))
        {
            return false;
        }
        var words = Text.Words.ToList(text);
        if (words.Count is < 3 or > MaxCaptionWords)
        {
            return false;
        }
        var language = GuessLanguage(text);
        return language is not null && language != "fr";
    }

    /// <summary>The language whose function words occur most (at least twice, and twice as often as French).</summary>
    /// <summary>Words looked at to guess a language: enough to decide, bounded so long texts cost no more.</summary>
    private const int LanguageSampleWords = 600;

    /// <summary>
    /// The language whose function words occur most among the first words of <paramref name="text"/> (at least
    /// twice, and twice as often as French); "fr" if French ones occur; null when none do.
    /// </summary>
    public string? GuessLanguage(ReadOnlySpan<char> text)
    {
        var languages = knowledge.FunctionWordLookups;
        Span<int> counts = stackalloc int[languages.Count];
        var seen = 0;
        foreach (var word in Text.Words.In(text))
        {
            if (++seen > LanguageSampleWords)
            {
                break;
            }
            for (var i = 0; i < languages.Count; i++)
            {
                if (languages[i].Words.Contains(word))
                {
                    counts[i]++;
                }
            }
        }
        var french = 0;
        string? best = null;
        var bestCount = 0;
        for (var i = 0; i < languages.Count; i++)
        {
            if (languages[i].Language == "fr")
            {
                french = counts[i];
            }
            else if (counts[i] > bestCount)
            {
                (best, bestCount) = (languages[i].Language, counts[i]);
            }
        }
        if (best is not null && bestCount >= 2 && bestCount >= 2 * french)
        {
            return best;
        }
        return french > 0 ? "fr" : null;
    }

    private Embed ParseTweet(SourceText source, List<LineBlock> banners, LineBlock signatureBlock)
    {
        var first = banners.Count > 0 ? banners[0] : signatureBlock;
        var block = new LineBlock(first.FirstLine, signatureBlock.LastLine, TextSpan.FromBounds(first.Span.Start, signatureBlock.Span.End));
        var lines = new List<string>();
        foreach (var banner in banners)
        {
            lines.Add(source[banner.Span].Trim());
        }
        for (var line = signatureBlock.FirstLine; line < signatureBlock.LastLine; line++)
        {
            lines.Add(source.LineText(line).Trim());
        }
        var signature = knowledge.TweetSignature.Match(source.LineText(signatureBlock.LastLine));
        lines.Add(signature.Groups["text"].Value.Trim());
        var text = string.Join("\n", lines.Where(line => line.Length > 0));
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["author"] = signature.Groups["author"].Value.Trim(),
            ["handle"] = signature.Groups["handle"].Value,
        };
        if (DateText.ParseMonthDayYear(signature.Groups["date"].Value, knowledge) is { } date)
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
        return new Embed(EmbedKind.Tweet, block, text, fields);
    }

    private static string Nfc(string text) => Text.Nfc.Compose(text);

    public static bool EndsSentence(string text) => text.Length > 0 && ".!?…:;»\"”)".Contains(text[^1], StringComparison.Ordinal);

    private static bool LooksLikeTitle(string line)
    {
        var text = line.Trim();
        if (text.Length is 0 or > MaxTitleLength || text.EndsWith('.') || text.EndsWith(':') || text.EndsWith(','))
        {
            return false;
        }
        // Several sentences on one line make a paragraph, not a title.
        return !SentenceBreak().IsMatch(text) && Text.Words.ToList(text).Count > 1;
    }

    /// <summary>The words of <paramref name="text"/> (runs of letters), as strings.</summary>
    public static IEnumerable<string> Words(string text) => Text.Words.ToList(text);

    [GeneratedRegex(@"[.!?]\s+[\p{Lu}«]", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();
}
