using NatoCorpus.Text;

namespace NatoCorpus.Rules.Typography;

/// <summary>NC217: three periods are the ellipsis character: "..." → "…" (exactly three: "...." is left to a person).</summary>
public sealed class Ellipsis : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC217", "ellipsis", "Write the ellipsis … instead of three periods", RuleCategory.Typography, Severity.Warning, FixAvailability.Always, FixApplicability.Safe)
    {
        ExtraTags = ["french"],
    };

    public void Check(RuleContext context)
    {
        var text = context.Source.Text;
        foreach (var block in context.Document.FrenchProse)
        {
            var (start, end) = (block.Span.Start, block.Span.End);
            for (var i = start; i + 2 < end; i++)
            {
                if (text[i] == '.' && text[i + 1] == '.' && text[i + 2] == '.' && (i == start || text[i - 1] != '.') && (i + 3 >= end || text[i + 3] != '.'))
                {
                    context.ReportEdit(Descriptor, new TextSpan(i, 3), "three periods", "…", "replace with …");
                    i += 2;
                }
            }
        }
    }
}
