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
            if (PatternLines.FirstMatch(context.Knowledge.Bylines, segment) is not { } pattern)
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
        // A bare name ("Marie-Ève Tremblay") next to a date stamp or a byline is the author.
        var segments = context.Segments;
        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i].IsUnknown && IsPersonName(segments[i].Features) && NearAuthorLine(context, i))
            {
                segments[i].Set(LineKind.Byline, Name, "a name next to the date or byline", 0.8);
            }
        }
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
    internal static bool IsPersonName(LineFeatures features)
    {
        if (features.Chars is 0 or > 51)
        {
            return false;
        }
        var text = features.Text.TrimEnd('.');
        if (text.Length is 0 or > 50 || features.Digits > 0 || text.Any(c => c is ',' or ':' or ';' or '?' or '!' or '«' or '"' or '(' or '|' or '/'))
        {
            return false;
        }
        var words = Words.ToList(text);
        var names = words.Count(word => char.IsUpper(word[0]));
        return words.Count is >= 2 and <= 5 && names >= 2 && words.All(word => char.IsUpper(word[0]) || Particles.Contains(word));
    }
}
