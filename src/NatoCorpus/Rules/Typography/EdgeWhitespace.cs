using NatoCorpus.Text;

namespace NatoCorpus.Rules.Typography;

/// <summary>NC209: no spaces at the start or end of the title or of a paragraph.</summary>
public sealed class EdgeWhitespace : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC209", "edge-whitespace", "Remove leading and trailing spaces", RuleCategory.Typography, Severity.Info, FixAvailability.Always, FixApplicability.Safe);

    public void Check(RuleContext context)
    {
        var text = context.Source.Text;
        foreach (var block in context.Document.Prose)
        {
            var lead = LineSpaces.Skip(text, block.Span.Start, block.Span.End);
            if (lead > block.Span.Start)
            {
                context.ReportEdit(Descriptor, TextSpan.FromBounds(block.Span.Start, lead), "leading spaces", "", "remove them");
            }
            var trail = LineSpaces.SkipBack(text, block.Span.End, lead);
            if (trail < block.Span.End)
            {
                context.ReportEdit(Descriptor, TextSpan.FromBounds(trail, block.Span.End), "trailing spaces", "", "remove them");
            }
        }
    }
}
