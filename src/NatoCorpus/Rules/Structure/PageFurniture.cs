using NatoCorpus.Model;
using NatoCorpus.Text;

namespace NatoCorpus.Rules.Structure;

/// <summary>
/// NC110: lines that are not article text (site furniture, stamps, bylines, credits, a front matter) leave the body
/// and are kept under `removed:`. Each finding says which recognizer decided and why, so the decision can be checked.
/// </summary>
public sealed class PageFurniture : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC110", "page-furniture", "Lines that are not article text (furniture, stamp, byline, credit) belong in the front matter", RuleCategory.Structure, Severity.Info, FixAvailability.Always, FixApplicability.Safe)
    {
        ExtraTags = ["recognition"],
    };

    public void Check(RuleContext context)
    {
        foreach (var block in context.Document.Removed.Where(block => block.Kind != LineKind.Duplicate))
        {
            context.Report(Descriptor, block.Block.Span, $"{block.Kind.Name()}: {block.Reason} ({block.Recognizer})",
                new Fix("move to the front matter", FixApplicability.Safe, []) { Moves = block.Block.Span });
        }
    }
}
