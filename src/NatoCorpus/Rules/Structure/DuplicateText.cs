using NatoCorpus.Model;
using NatoCorpus.Text;

namespace NatoCorpus.Rules.Structure;

/// <summary>NC111: a repeated copy of a paragraph, caption or the title; the most complete copy stays.</summary>
public sealed class DuplicateText : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC111", "duplicate-text", "A paragraph, caption or title printed twice: the most complete copy stays", RuleCategory.Structure, Severity.Warning, FixAvailability.Always, FixApplicability.Safe)
    {
        ExtraTags = ["recognition"],
    };

    public void Check(RuleContext context)
    {
        foreach (var block in context.Document.Removed.Where(block => block.Kind == LineKind.Duplicate))
        {
            context.Report(Descriptor, block.Block.Span, $"duplicate: {block.Reason}",
                new Fix($"keep only the copy on line {block.KeptLine}", FixApplicability.Safe, []) { Moves = block.Block.Span });
        }
    }
}
