using NatoCorpus.Model;

namespace NatoCorpus.Parsing.Recognition;

/// <summary>Credits of photos, videos and dispatches (credits.yaml): "© AFP", "Photo : Reuters", "(JOHN THYS / AFP)".</summary>
public sealed class CreditRecognizer : ILineRecognizer
{
    public string Name => "credit";

    public void Recognize(RecognitionContext context)
    {
        foreach (var segment in context.Segments.Where(segment => segment.IsUnknown))
        {
            if (segment.Features.WordCount <= 16 && PatternLines.FirstMatch(context.Knowledge.CreditSet, segment) is { } pattern)
            {
                segment.Set(LineKind.Credit, Name, $"credit ({pattern.Name})");
            }
        }
    }
}
