using NatoCorpus.Model;

namespace NatoCorpus.Rules.Structure;

/// <summary>
/// NC112: a line whose kind was decided with low confidence (its neighbours disagreed, or it sat between article
/// and furniture). Nothing is silent: an archivist confirms the decision with a sidecar suppression, or corrects it.
/// </summary>
public sealed class DoubtfulRecognition : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC112", "doubtful-recognition", "A line whose kind (article text or furniture) was a close decision", RuleCategory.Structure, Severity.Warning, FixAvailability.None, null)
    {
        ExtraTags = ["recognition"],
    };

    public void Check(RuleContext context)
    {
        var threshold = context.Knowledge.Classifier.DoubtBelow;
        foreach (var segment in context.Document.Segments.Where(segment => segment.Confidence < threshold && segment.Kind != LineKind.Title))
        {
            var decision = segment.Kind.IsArticle() ? "kept as article text" : $"removed as {segment.Kind.Name()}";
            context.Report(Descriptor, segment.Span,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{decision}, confidence {segment.Confidence:F2} ({segment.Reason}): check it, then suppress this finding in the sidecar"));
        }
    }
}
