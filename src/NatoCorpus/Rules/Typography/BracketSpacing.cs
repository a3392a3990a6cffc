using NatoCorpus.Text;

namespace NatoCorpus.Rules.Typography;

/// <summary>
/// NC216: no space before a comma or a closing bracket, none after an opening bracket: "la Russie , la Chine" →
/// "la Russie, la Chine", "( OTAN )" → "(OTAN)". Spaces at a line's edge are the paragraph rules'.
/// </summary>
public sealed class BracketSpacing : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC216", "comma-and-bracket-spacing", "No space before , or ) and none after (", RuleCategory.Typography, Severity.Warning, FixAvailability.Always, FixApplicability.Safe)
    {
        ExtraTags = ["french"],
    };

    public void Check(RuleContext context)
    {
        var text = context.Source.Text;
        foreach (var block in context.Document.FrenchProse)
        {
            var (start, end) = (block.Span.Start, block.Span.End);
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (c is ',' or ')')
                {
                    var before = LineSpaces.SkipBack(text, i, start);
                    if (before < i && before > start && text[before - 1] is not ('\n' or '(' or ','))
                    {
                        context.ReportEdit(Descriptor, TextSpan.FromBounds(before, i), $"space before \"{c}\"", "", $"remove the space before {c}");
                    }
                }
                else if (c == '(')
                {
                    var after = LineSpaces.Skip(text, i + 1, end);
                    if (after > i + 1 && after < end && text[after] is not ('\n' or ')'))
                    {
                        context.ReportEdit(Descriptor, TextSpan.FromBounds(i + 1, after), "space after \"(\"", "", "remove the space after (");
                    }
                }
            }
        }
    }
}
