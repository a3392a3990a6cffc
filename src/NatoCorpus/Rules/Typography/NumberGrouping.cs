using System.Text.RegularExpressions;
using NatoCorpus.Text;

namespace NatoCorpus.Rules.Typography;

/// <summary>NC205: digit groups of a number ("11 000") are kept together by a no-break space.</summary>
public sealed partial class NumberGrouping : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC205", "number-grouping", "Separate thousands with a no-break space", RuleCategory.Typography, Severity.Warning, FixAvailability.Always, FixApplicability.Safe)
    {
        ExtraTags = ["french"],
    };

    public void Check(RuleContext context)
    {
        var text = context.Source.Text;
        foreach (var block in context.Document.FrenchProse)
        {
            var slice = context.TextOf(block);
            foreach (Match match in GroupedNumber().Matches(slice))
            {
                foreach (Capture separator in match.Groups["sep"].Captures)
                {
                    if (separator.Value[0] != context.NoBreakSpace)
                    {
                        var span = new TextSpan(block.Span.Start + separator.Index, 1);
                        context.ReportEdit(Descriptor, span, $"{Chars.Show(text[span.Start])} inside the number {match.Value.Trim()}", context.NoBreakSpace.ToString(), "no-break space between digit groups");
                    }
                }
            }
        }
    }

    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:(?<sep>[ \u00A0\u202F])\d{3})+(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex GroupedNumber();
}
