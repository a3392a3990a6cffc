using System.Text.RegularExpressions;
using NatoCorpus.Model;
using NatoCorpus.Text;

namespace NatoCorpus.Parsing.Recognition;

/// <summary>
/// Photo and video captions: a short descriptive line that ends with its credit ("… le 14 février 2023. JULIEN
/// MARTENS / REUTERS", "… à Bruxelles. (Photo : AFP)", "… | OUEST-FRANCE"), whose credit is split off as a line
/// part of its own; a line right next to a credit line; and a short line in another language that is not a
/// sentence of the text (an English caption left in a French page). Each caption becomes an embed with its language.
/// </summary>
public sealed partial class CaptionRecognizer : ILineRecognizer
{
    /// <summary>Captions are a sentence or two: longer lines are article text.</summary>
    private const int MaxCaptionWords = 50;
    private const int MaxCaptionChars = 400;
    private const int MaxCreditWords = 10;
    private const int MaxForeignWords = 60;

    /// <summary>The furniture.yaml entry for "[Image]" and its kin: the line under one is the picture's caption.</summary>
    private const string ImagePlaceholder = "image-placeholder";

    public string Name => "caption";

    public void Recognize(RecognitionContext context)
    {
        var segments = context.Segments;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (!segment.IsUnknown || segment.Features.Chars > MaxCaptionChars || segment.Features.WordCount < 2)
            {
                continue;
            }
            // A line that continues a wrapped paragraph ("internationale d'assistance (FIAS)") is not a caption.
            var continues = i > 0 && context.Touching(i - 1, i) && !segments[i - 1].Features.EndsSentence
                && segment.Features.Text.Length > 0 && char.IsLower(segment.Features.Text[0]);
            if (continues)
            {
                continue;
            }
            if (CreditTail(context, segment.Text) is { } tail)
            {
                var credit = context.Split(i, segment.Span.Start + tail);
                Mark(context, segment, "caption ending with its credit");
                segments[credit].Set(LineKind.Credit, Name, "credit at the end of a caption");
                i = credit;
            }
            else if (NextToCredit(context, i) && segment.Features.WordCount <= MaxCaptionWords)
            {
                Mark(context, segment, "line next to a photo credit");
            }
            else if (i > 0 && segments[i - 1].Kind == LineKind.Furniture && segments[i - 1].Reason == ImagePlaceholder
                && segment.Line - segments[i - 1].Line <= 2 && segment.Features.WordCount <= MaxCaptionWords && segment.Features.SentenceCount <= 2)
            {
                Mark(context, segment, "line under a left-out picture");
            }
        }
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            var features = segment.Features;
            if (segment.IsUnknown && features.WordCount is >= 3 and <= MaxForeignWords && features.Language is { } language && language != "fr"
                && (!features.EndsSentence || features.WordCount <= 20))
            {
                Mark(context, segment, $"short line in another language ({language})");
            }
        }
    }

    /// <summary>
    /// Where the credit at the end of a caption starts, as an index into <paramref name="line"/>: after the last
    /// sentence, a separator ("|", "-"), an opening bracket or a ©, a few words that read as a credit (a credit
    /// pattern, a "/" between names, capitals only, a press agency, "Photo").
    /// </summary>
    private static int? CreditTail(RecognitionContext context, string line)
    {
        var text = line.TrimEnd();
        if (!MayEndWithCredit(context, text))
        {
            return null;
        }
        // From the right: a credit is a few words at the end, so the search stops at the first tail that is too long.
        var matches = TailStart().Matches(text);
        for (var m = matches.Count - 1; m >= 0; m--)
        {
            var match = matches[m];
            var start = match.Groups["tail"].Index;
            if (Words.ToList(text.AsSpan(start)).Count > MaxCreditWords)
            {
                break;
            }
            var tail = text[start..].Trim();
            var head = text[..start];
            var afterSentence = Sentences.EndsSentence(head.TrimEnd());
            if (tail.Length == 0 || Words.ToList(head).Count < 4 || !IsCredit(context, tail, afterSentence))
            {
                continue;
            }
            return start;
        }
        return null;
    }

    /// <summary>
    /// A cheap look at the end of the line before the costly one: a credit shows a "/", "©", bracket, separator,
    /// a run of capitals, "Photo" or an agency's name there.
    /// </summary>
    private static bool MayEndWithCredit(RecognitionContext context, string text)
    {
        var end = text.AsSpan(Math.Max(0, text.Length - 80));
        if (end.ContainsAny("/©()[]|–—-"))
        {
            return true;
        }
        var capitals = 0;
        foreach (var c in end)
        {
            capitals = char.IsUpper(c) ? capitals + 1 : 0;
            if (capitals >= 3)
            {
                return true;
            }
        }
        return end.Contains("hoto", StringComparison.Ordinal) || context.Knowledge.AgencyPattern.IsMatch(end.ToString());
    }

    private static bool IsCredit(RecognitionContext context, string tail, bool afterSentence)
    {
        var words = Words.ToList(tail);
        if (words.Count is 0 or > MaxCreditWords)
        {
            return false;
        }
        // "[VIDÉO]" says what comes with a title or caption; it credits nobody.
        if (context.Knowledge.MediaLabel.IsMatch(tail.Trim()))
        {
            return false;
        }
        // A credit holds no sentence: only initials ("N. Berthier") and a final period may have dots.
        var core = tail.TrimEnd('.', ' ').Trim('(', ')', '[', ']', '|', '-', '–', '—', ' ');
        var bracketed = tail.TrimStart()[0] is '(' or '[';
        // "(Belga)" closing a paragraph signs a dispatch: a photo credit names a photographer or says "Photo".
        if (bracketed && context.Knowledge.AgencyPattern.Match(core) is { Success: true } agency && agency.Length == core.Length)
        {
            return false;
        }
        if (SentenceInside().IsMatch(core) || core.Length == 0)
        {
            return false;
        }
        if (context.Knowledge.Credits.Any(pattern => pattern.Pattern.IsMatch(core)) || tail.StartsWith('©') || core.Contains('/', StringComparison.Ordinal)
            || CreditCue().IsMatch(core))
        {
            return true;
        }
        var letters = core.Where(char.IsLetter).ToArray();
        // Capitals only: a credit ("JULIEN MARTENS / REUTERS"); one word is an acronym ("(FIAS)") unless a sentence ends before it.
        if (letters.Length >= 3 && letters.All(char.IsUpper) && (words.Count >= 2 || afterSentence))
        {
            return true;
        }
        // An agency named among capitalized words only ("Pieter Janssen Reuters"): "L’OTAN est là" is a sentence.
        if (words.Any(word => char.IsLower(word[0]) && word is not ("de" or "du" or "des" or "van" or "von" or "der" or "le" or "la" or "et")))
        {
            return false;
        }
        // Names in brackets after a caption's sentence ("(Le Soleil, Jocelyn Riendeau)") credit the photographer.
        if (bracketed && afterSentence && words.Count >= 2)
        {
            return true;
        }
        return context.Knowledge.AgencyPattern.IsMatch(core);
    }

    /// <summary>Next to a credit line of its own (a credit split off a caption already has its caption).</summary>
    private static bool NextToCredit(RecognitionContext context, int index)
    {
        var segments = context.Segments;
        bool StandaloneCredit(int i) => i >= 0 && i < segments.Count && segments[i].Kind == LineKind.Credit
            && (i == 0 || segments[i - 1].Line != segments[i].Line) && segments[i].Line != segments[index].Line;
        // Under a photo's credit, a line without a final period that runs straight into a paragraph is the title
        // (or a heading) printed below the photo, not its caption ("© Belga" / "Otan: la Belgique promet…" / chapô).
        var headsProse = !segments[index].Features.EndsSentence && index + 1 < segments.Count && context.Touching(index, index + 1)
            && segments[index + 1].IsUnknown && TitleRecognizer.IsParagraph(segments[index + 1], context.Knowledge.Classifier);
        return (StandaloneCredit(index - 1) && context.Touching(index - 1, index) && !headsProse)
            || (StandaloneCredit(index + 1) && context.Touching(index, index + 1));
    }

    private void Mark(RecognitionContext context, SegmentState segment, string reason) => MarkCaption(context, segment, Name, reason);

    /// <summary>Makes <paramref name="segment"/> a caption and its embed (with its language), for any recognizer that finds one.</summary>
    internal static void MarkCaption(RecognitionContext context, SegmentState segment, string recognizer, string reason)
    {
        segment.Set(LineKind.Caption, recognizer, reason, 0.8);
        context.Embeds.Add(new Embed(EmbedKind.Caption, new LineBlock(segment.Line, segment.Line, segment.Span), segment.Text.Trim(),
            new SortedDictionary<string, string>(StringComparer.Ordinal) { ["language"] = segment.Features.Language ?? "und" }));
    }

    // Where a credit can start: after a sentence, at a separator, an opening bracket that closes at the end, a ©.
    [GeneratedRegex(@"(?:[.!?…»]\s+(?<tail>\S)|\s(?<tail>[|–—-]\s)|(?<tail>[(\[])[^()\[\]]*[)\]]\s*$|(?<tail>©))", RegexOptions.CultureInvariant)]
    private static partial Regex TailStart();

    [GeneratedRegex(@"\p{Ll}{2,}[.!?]\s+\p{L}", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceInside();

    [GeneratedRegex(@"^(?:photos?|crédits?|image|illustration|vidéo|source)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CreditCue();
}
