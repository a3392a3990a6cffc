using NatoCorpus.Knowledge;
using NatoCorpus.Model;

namespace NatoCorpus.Parsing.Recognition;

/// <summary>
/// The lines no pattern claimed, told apart as article text or page furniture by their features and their
/// neighbours, after jusText. Lines wrapped inside one paragraph (a line that ends no sentence followed by one
/// starting in lower case) are rated together. Each unit is first rated good (long prose rich in function words,
/// or a full sentence), bad (few function words and no sentence, mostly interface words, a link), near-good or
/// short; three or more short unpunctuated capitalized lines in a row, or two right after furniture, are a list of
/// links or headlines (bad). Then short and near-good units take the rating their nearest rated neighbours agree
/// on: a short sentence stays unless furniture surrounds it, a label needs article text on both sides (embeds,
/// captions and credits are looked through). Good units
/// are content (a short one without final punctuation is a heading); bad ones furniture. A decision the
/// neighbours disagree on has a low confidence, which lint reports (NC112).
/// </summary>
public sealed partial class ContentClassifier : ILineRecognizer
{
    private enum Rating
    {
        Good,
        NearGood,
        Short,
        Bad,
        /// <summary>Embeds, captions and credits sit inside articles: they say nothing of their neighbours.</summary>
        Transparent,
        /// <summary>The start or end of the text, as a neighbour.</summary>
        Edge,
    }

    // "14 ( * ) Voir…", "[3] …", "12. …": a note of the text, after its last paragraph but part of it.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\d{1,3}\s*(?:\(\s*\*\s*\)|\)|\.)\s|\[\d{1,3}\]\s?|\*\s)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Footnote();

    private sealed record Unit(int First, int Last, LineFeatures Features, bool Known);

    private const int ListMinLines = 3;
    private const int HeadingMaxWords = 15;

    public string Name => "classifier";

    public void Recognize(RecognitionContext context)
    {
        var settings = context.Knowledge.Classifier;
        var units = Units(context);
        var ratings = new Rating[units.Count];
        var why = new string[units.Count];
        for (var u = 0; u < units.Count; u++)
        {
            (ratings[u], why[u]) = units[u].Known
                ? (Known(context, units[u].First), "")
                : Rate(units[u].Features, settings);
        }
        MarkLists(context, units, ratings, why);

        var final = (Rating[])ratings.Clone();
        var confidence = new double[units.Count];
        for (var u = 0; u < units.Count; u++)
        {
            if (units[u].Known)
            {
                continue;
            }
            var features = units[u].Features;
            if (Salutation(context, units, ratings, u))
            {
                final[u] = Rating.Good;
                confidence[u] = 0.7;
                why[u] = "salutation opening a speech or letter";
                continue;
            }
            switch (ratings[u])
            {
                case Rating.Good:
                case Rating.Bad:
                    confidence[u] = 0.9;
                    break;
                case Rating.NearGood:
                {
                    var (before, after) = (Neighbour(ratings, u, -1, skipNearGood: false), Neighbour(ratings, u, +1, skipNearGood: false));
                    final[u] = features.EndsSentence ? SentenceBetween(before, after)
                        : HeadsArticle(context, units, ratings, u) ? Rating.Good
                        : LabelBetween(before, after, nearGood: true);
                    confidence[u] = before == after ? 0.8 : 0.65;
                    why[u] = $"near-good line between {RatingName(before)} and {RatingName(after)}";
                    break;
                }
                default:
                {
                    var (before, after) = (Neighbour(ratings, u, -1, skipNearGood: true), Neighbour(ratings, u, +1, skipNearGood: true));
                    final[u] = features.EndsSentence ? SentenceBetween(before, after)
                        : HeadsArticle(context, units, ratings, u) ? Rating.Good
                        : LabelBetween(before, after, nearGood: false);
                    confidence[u] = Same(before, after) ? 0.8 : 0.55;
                    why[u] = $"short line between {RatingName(before)} and {RatingName(after)}";
                    break;
                }
            }
        }
        for (var u = 0; u + 1 < units.Count; u++)
        {
            // "Question (Julia Berger, FAZ) :", "Les principaux points :": a line ending with a colon introduces the
            // article text right after it.
            if (!units[u].Known && final[u] != Rating.Good && units[u].Features.Text.EndsWith(':') && units[u].Features.WordCount <= 20
                && ratings[u + 1] == Rating.Good && !units[u + 1].Known)
            {
                final[u] = Rating.Good;
                confidence[u] = 0.6;
                why[u] = "introduces the paragraph after it";
            }
        }
        TrimAfterArticle(context, units, final, confidence, why, settings);
        for (var u = 0; u < units.Count; u++)
        {
            if (units[u].Known)
            {
                continue;
            }
            var features = units[u].Features;
            var heading = final[u] == Rating.Good && ratings[u] is Rating.Short or Rating.NearGood && !features.EndsSentence
                && features.WordCount <= HeadingMaxWords && features.Text.Length > 0 && !char.IsLower(features.Text[0])
                && features.Text[^1] is not (':' or ',' or ';') && units[u].First == units[u].Last;
            for (var i = units[u].First; i <= units[u].Last; i++)
            {
                var kind = final[u] == Rating.Good ? heading ? LineKind.Heading : LineKind.Content : LineKind.Furniture;
                var reason = why[u].Length > 0 ? why[u] : final[u] == Rating.Good ? "article text" : "not article text";
                context.Segments[i].Set(kind, Name, reason, confidence[u]);
            }
        }
    }

    /// <summary>Each known segment alone; unknown segments grouped where a paragraph was wrapped over several lines.</summary>
    private static List<Unit> Units(RecognitionContext context)
    {
        var segments = context.Segments;
        var units = new List<Unit>();
        for (var i = 0; i < segments.Count; i++)
        {
            if (!segments[i].IsUnknown)
            {
                units.Add(new Unit(i, i, segments[i].Features, Known: true));
                continue;
            }
            var last = i;
            while (last + 1 < segments.Count && segments[last + 1].IsUnknown && context.Touching(last, last + 1)
                && LineWraps.Continues(segments[last], segments[last + 1], context.Knowledge.Classifier))
            {
                last++;
            }
            var features = last == i
                ? segments[i].Features
                : new LineFeatures(string.Join(' ', Enumerable.Range(i, last - i + 1).Select(index => segments[index].Features.Text)), context.Knowledge);
            units.Add(new Unit(i, last, features, Known: false));
            i = last;
        }
        return units;
    }

    private static string RatingName(Rating rating) => rating switch
    {
        Rating.Good => "article text",
        Rating.Edge => "the text's edge",
        _ => "furniture",
    };

    /// <summary>
    /// The article is one stretch of text (as trafilatura's main-content extraction assumes): after its last
    /// paragraph of real prose, once furniture has come between, short "good" lines are promotions, other
    /// headlines or boilerplate of the page, not the article. They leave with a low confidence (NC112 reports them).
    /// </summary>
    private static void TrimAfterArticle(RecognitionContext context, List<Unit> units, Rating[] final, double[] confidence, string[] why, ClassifierSettings settings)
    {
        var lastProse = -1;
        for (var u = 0; u < units.Count; u++)
        {
            var features = units[u].Features;
            if (!units[u].Known && final[u] == Rating.Good && (features.Chars >= settings.LongChars || features.SentenceCount >= 2))
            {
                lastProse = u;
            }
        }
        if (lastProse < 0)
        {
            return;
        }
        var furnitureBetween = false;
        for (var u = lastProse + 1; u < units.Count; u++)
        {
            var kind = context.Segments[units[u].First].Kind;
            if (units[u].Known ? kind is LineKind.Furniture or LineKind.Stamp or LineKind.Byline or LineKind.Duplicate : final[u] == Rating.Bad)
            {
                furnitureBetween = true;
            }
            else if (!units[u].Known && final[u] == Rating.Good && furnitureBetween && !Footnote().IsMatch(units[u].Features.Text))
            {
                final[u] = Rating.Bad;
                confidence[u] = 0.55;
                why[u] = $"after the end of the article (line {context.Segments[units[lastProse].Last].Line}) and page furniture";
            }
        }
    }

    /// <summary>
    /// A subheading: a short line of a few words with a function word, right above article text (nothing but a
    /// blank line between), inside the article (article text somewhere above it).
    /// </summary>
    /// <summary>
    /// "Monsieur le Directeur,", "Mesdames et Messieurs les auditeurs,", "Excellences,": a speech or a letter opens by
    /// addressing its audience, in short lines ending with a comma, right above its text (after more of them).
    /// </summary>
    private static bool Salutation(RecognitionContext context, List<Unit> units, Rating[] ratings, int u)
    {
        var features = units[u].Features;
        if (ratings[u] is Rating.Good || !IsSalutation(context, features))
        {
            return false;
        }
        var next = u + 1;
        while (next < units.Count && !units[next].Known && IsSalutation(context, units[next].Features))
        {
            next++;
        }
        return next < units.Count && ratings[next] == Rating.Good && !units[next].Known
            && context.Segments[units[next].First].Line - context.Segments[units[next - 1].Last].Line <= 2;
    }

    private static bool IsSalutation(RecognitionContext context, LineFeatures features) =>
        features.WordCount <= context.Knowledge.Classifier.SalutationMaxWords && features.Text.Length > 0 && features.Text[^1] is ',' or ':' or '!'
        && Text.Words.ToList(features.Text) is [var first, ..] && context.Knowledge.Classifier.SalutationWords.Contains(first);

    private static bool HeadsArticle(RecognitionContext context, List<Unit> units, Rating[] ratings, int u)
    {
        var features = units[u].Features;
        var next = u + 1;
        while (next < units.Count && ratings[next] == Rating.Transparent && context.Segments[units[next].First].Line == context.Segments[units[u].Last].Line)
        {
            next++;
        }
        var markdown = features.Text.StartsWith("##", StringComparison.Ordinal);
        if (next >= units.Count || ratings[next] != Rating.Good || features.WordCount > HeadingMaxWords || (features.WordCount < 3 && !markdown)
            || (features.FrenchStopwords + features.EnglishStopwords == 0 && !markdown) || features.Text.Length == 0 || !(char.IsUpper(features.Text[0]) || markdown)
            || context.Segments[units[next].First].Line - context.Segments[units[u].Last].Line > 2)
        {
            return false;
        }
        for (var i = u - 1; i >= 0; i--)
        {
            if (ratings[i] == Rating.Good && context.Segments[units[i].First].Kind != LineKind.Title)
            {
                return true;
            }
        }
        return false;
    }

    private static bool Same(Rating a, Rating b) => a == b || (a is Rating.Bad or Rating.Edge && b is Rating.Bad or Rating.Edge);

    /// <summary>
    /// A short sentence stays with the article unless furniture surrounds it (or furniture and the text's edge):
    /// when in doubt, an article sentence is kept.
    /// </summary>
    private static Rating SentenceBetween(Rating before, Rating after) =>
        (before == Rating.Bad && after is Rating.Bad or Rating.Edge) || (after == Rating.Bad && before == Rating.Edge) ? Rating.Bad : Rating.Good;

    /// <summary>
    /// A label (no sentence) is article text, a heading, only with article text on both sides (a near-good one
    /// also with article text on one side and the text's edge on the other); otherwise it is furniture.
    /// </summary>
    private static Rating LabelBetween(Rating before, Rating after, bool nearGood) =>
        before == Rating.Good && after == Rating.Good ? Rating.Good
        : nearGood && ((before == Rating.Good && after == Rating.Edge) || (before == Rating.Edge && after == Rating.Good)) ? Rating.Good
        : Rating.Bad;

    private static Rating Known(RecognitionContext context, int index)
    {
        var segment = context.Segments[index];
        // Furniture glued at the end of a line ("Historique[modifier]") says nothing of the line it ends.
        if (segment.Kind == LineKind.Furniture && index > 0 && context.Segments[index - 1].Line == segment.Line)
        {
            return Rating.Transparent;
        }
        return segment.Kind switch
        {
            LineKind.Title or LineKind.Content or LineKind.Standfirst or LineKind.Heading => Rating.Good,
            LineKind.Embed or LineKind.Caption or LineKind.Credit => Rating.Transparent,
            _ => Rating.Bad,
        };
    }

    private static (Rating, string) Rate(LineFeatures features, ClassifierSettings settings)
    {
        if (features.WordCount == 0)
        {
            return (Rating.Bad, "no words");
        }
        if (features.Urls > 0 && features.WordCount <= 6)
        {
            return (Rating.Bad, "a link");
        }
        if (features.WordCount <= settings.UiMaxWords && features.UiShare >= settings.UiShare && !features.EndsSentence && (features.UiWords >= 2 || features.ContentWords == 1))
        {
            return (Rating.Bad, "interface words");
        }
        var stop = features.StopwordShare;
        if (features.Chars >= settings.LongChars && stop >= settings.GoodStopwordShare)
        {
            return (Rating.Good, "long prose");
        }
        if (features.WordCount >= settings.SentenceWords && features.EndsSentence && stop >= settings.SentenceStopwordShare)
        {
            return (Rating.Good, "a sentence");
        }
        if (features.Chars < settings.ShortChars)
        {
            return (Rating.Short, "short line");
        }
        if (stop < settings.BadStopwordShare && !features.EndsSentence)
        {
            return (Rating.Bad, "few function words and no sentence");
        }
        return (Rating.NearGood, "near-good line");
    }

    /// <summary>
    /// Short unpunctuated capitalized lines in a row are a list of links or headlines: three or more anywhere, two
    /// or more right after furniture (a "Lire aussi" or "Les plus lus" header).
    /// </summary>
    private static void MarkLists(RecognitionContext context, List<Unit> units, Rating[] ratings, string[] why)
    {
        var start = 0;
        while (start < units.Count)
        {
            var end = start;
            while (end < units.Count && IsListItem(units[end], ratings[end]))
            {
                end++;
            }
            var afterFurniture = start > 0 && context.Segments[units[start - 1].First].Kind == LineKind.Furniture;
            if (end - start >= ListMinLines || (end - start >= 2 && afterFurniture))
            {
                for (var u = start; u < end; u++)
                {
                    ratings[u] = Rating.Bad;
                    why[u] = $"list of {end - start} short unpunctuated lines (links or headlines)";
                }
            }
            start = Math.Max(end, start + 1);
        }
    }

    private static bool IsListItem(Unit unit, Rating rating)
    {
        var text = unit.Features.Text;
        return !unit.Known && rating is Rating.Short or Rating.NearGood && !unit.Features.EndsSentence
            && text.Length > 0 && char.IsUpper(text[0]) && text[^1] is not (':' or ';' or ',');
    }

    /// <summary>The nearest rating in <paramref name="direction"/> that is not short (nor near-good when asked); the text's edges are bad.</summary>
    private static Rating Neighbour(Rating[] ratings, int index, int direction, bool skipNearGood)
    {
        for (var i = index + direction; i >= 0 && i < ratings.Length; i += direction)
        {
            if (ratings[i] is Rating.Short or Rating.Transparent || (skipNearGood && ratings[i] == Rating.NearGood))
            {
                continue;
            }
            return ratings[i] == Rating.NearGood ? Rating.Good : ratings[i];
        }
        return Rating.Edge;
    }
}
