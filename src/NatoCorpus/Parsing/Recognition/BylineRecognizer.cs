using NatoCorpus.Model;
using NatoCorpus.Text;

namespace NatoCorpus.Parsing.Recognition;

/// <summary>
/// Bylines (bylines.yaml): "Par …", "Propos recueillis par …", "Avec notre correspondant …", "Le Monde avec AFP".
/// Dates written in a byline are recorded (date_source: byline).
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
    }
}
