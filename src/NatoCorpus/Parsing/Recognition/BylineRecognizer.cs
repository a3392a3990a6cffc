using NatoCorpus.Knowledge;
using NatoCorpus.Model;
using NatoCorpus.Text;

namespace NatoCorpus.Parsing.Recognition;

/// <summary>
/// Bylines (bylines.yaml): "Par …", "Propos recueillis par …", "Avec notre correspondant …", "Le Monde avec AFP".
/// Dates written in a byline are recorded (date_source: byline). A bare person's name next to a date stamp or a
/// byline is the author too.
/// </summary>
public sealed class BylineRecognizer : ILineRecognizer
{
    public string Name => "byline";

    public void Recognize(RecognitionContext context)
    {
        foreach (var segment in context.Segments.Where(segment => segment.IsUnknown))
        {
            if (PatternLines.FirstMatch(context.Knowledge.BylineSet, segment) is not { } pattern)
            {
                continue;
            }
            // "Par ailleurs, …" and long sentences are prose: a byline is short or has no verb-bearing sentence.
            if (segment.Features.WordCount > 24)
            {
                continue;
            }
            segment.Set(LineKind.Byline, Name, $"byline ({pattern.Name})");
            var text = Nfc.Compose(segment.Text);
            StampRecognizer.Record(context, segment, text, context.DateReader.Dates(text), "byline");
        }
        // A bare name ("Marie-Ève Tremblay") next to a date stamp or a byline is the author; a name standing alone
        // between blank lines, or next to the outlet's or agency's name, is one too (La Presse prints the byline
        // after the first paragraph).
        var segments = context.Segments;
        for (var i = 0; i < segments.Count; i++)
        {
            if (!segments[i].IsUnknown)
            {
                continue;
            }
            var isName = IsPersonName(segments[i].Features, context.Knowledge);
            var isNameWithComma = !isName && segments[i].Features.Text.EndsWith(',') && IsPersonName(NameWithoutComma(context, i), context.Knowledge);
            // Only names and agencies are looked at further; "Photo Hugo Vermeersch" names a photographer: a credit,
            // for the credit recognizer.
            if ((!isName && !isNameWithComma && !IsAgencyAt(context, i)) || PatternLines.FirstMatch(context.Knowledge.CreditSet, segments[i]) is not null)
            {
                continue;
            }
            if ((isName || isNameWithComma) && DescribedBelow(context, i) is var described && described > i)
            {
                // "Henrik Aalstad," / "Directeur adjoint de la Division…" / "de l'OTAN": a name and its description.
                for (var j = i; j <= described; j++)
                {
                    segments[j].Set(LineKind.Byline, Name, j == i ? "a name with the author's description below" : $"the description of the author (line {segments[i].Line})", 0.8);
                }
                i = described;
            }
            else if (isName && NearAuthorLine(context, i))
            {
                segments[i].Set(LineKind.Byline, Name, "a name next to the date or byline", 0.8);
            }
            else if (isName && (StandsAlone(context, i) || IsAgencyAt(context, i + 1)))
            {
                segments[i].Set(LineKind.Byline, Name, "a name on a line of its own", 0.7);
            }
            else if (IsAgencyAt(context, i) && i > 0 && segments[i - 1].Kind == LineKind.Byline && context.Touching(i - 1, i))
            {
                segments[i].Set(LineKind.Byline, Name, "the agency under the author's name", 0.8);
            }
        }
    }

    private static LineFeatures NameWithoutComma(RecognitionContext context, int index) =>
        new(context.Segments[index].Features.Text.TrimEnd(','), context.Knowledge);

    /// <summary>
    /// The last line of an author's description right under a name ("Chercheuse au Centre des études de sécurité",
    /// wrapped onto "de l'Ifri"): it starts with a role word of bylines.yaml and is no paragraph; -1 when none.
    /// </summary>
    private static int DescribedBelow(RecognitionContext context, int index)
    {
        var segments = context.Segments;
        var next = index + 1;
        if (next >= segments.Count || !segments[next].IsUnknown || !context.Touching(index, next) || segments[next].Features.WordCount > MaxDescriptionWords
            || Words.ToList(segments[next].Features.Text) is not [var firstWord, ..]
            || !(context.Knowledge.AuthorRoles.Contains(firstWord) || context.Knowledge.AuthorRoles.Contains(FirstToken(segments[next].Features.Text))))
        {
            return -1;
        }
        var last = next;
        while (last + 1 < segments.Count && segments[last + 1].IsUnknown && context.Touching(last, last + 1) && !segments[last].Features.EndsSentence
            && segments[last + 1].Features.Text.Length > 0 && char.IsLower(segments[last + 1].Features.Text[0]) && segments[last + 1].Features.WordCount <= MaxDescriptionWords)
        {
            last++;
        }
        return last;
    }

    /// <summary>The first space-delimited token without its punctuation: a hyphenated rank ("Contre-amiral (2S), …") whole.</summary>
    private static string FirstToken(string text)
    {
        var end = text.IndexOf(' ', StringComparison.Ordinal);
        return (end < 0 ? text : text[..end]).TrimEnd(',', '.', ';', ':');
    }

    /// <summary>An author's description is a line or two, not a paragraph.</summary>
    private const int MaxDescriptionWords = 25;

    private static bool StandsAlone(RecognitionContext context, int index) =>
        context.Segments[index].AfterBlank && (index + 1 >= context.Segments.Count || context.Segments[index + 1].AfterBlank);

    /// <summary>A line that is only an agency's or outlet's name ("La Presse Canadienne", "AFP").</summary>
    private static bool IsAgencyAt(RecognitionContext context, int index)
    {
        if (index < 0 || index >= context.Segments.Count || context.Segments[index].Features.Chars > 40)
        {
            return false;
        }
        var text = context.Segments[index].Features.Text.TrimEnd('.');
        return context.Knowledge.Agencies.Any(agency => string.Equals(agency, text, StringComparison.OrdinalIgnoreCase));
    }

    private static bool NearAuthorLine(RecognitionContext context, int index)
    {
        for (var i = Math.Max(0, index - 2); i <= Math.Min(context.Segments.Count - 1, index + 2); i++)
        {
            if (i != index && context.Segments[i].Kind is LineKind.Stamp or LineKind.Byline)
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "de", "du", "des", "le", "la", "van", "von", "der", "den", "ben", "bin", "al", "el", "d", "di", "da" };

    /// <summary>Two to four capitalized words (particles aside), no digits, at most a final period: a person's name.</summary>
    internal static bool IsPersonName(LineFeatures features, CorpusKnowledge knowledge)
    {
        if (features.Chars is 0 or > 51)
        {
            return false;
        }
        var text = features.Text.TrimEnd('.');
        if (text.Length is 0 or > 50 || features.Digits > 0 || text.Any(c => c is ',' or ':' or ';' or '?' or '!' or '«' or '"' or '(' or '[' or '|' or '/' or '#' or '@' or '_'))
        {
            return false;
        }
        var words = Words.ToList(text);
        if (words.Count > 0 && knowledge.GenreWords.Contains(words[0]))
        {
            return false;
        }
        var names = words.Count(word => char.IsUpper(word[0]));
        // Interface words ("Oui Non") are not a name.
        return words.Count is >= 2 and <= 5 && names >= 2 && words.All(word => char.IsUpper(word[0]) || Particles.Contains(word)) && features.UiWords == 0;
    }
}
