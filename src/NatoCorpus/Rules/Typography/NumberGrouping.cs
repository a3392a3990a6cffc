using System.Text.RegularExpressions;
using NatoCorpus.Text;

namespace NatoCorpus.Rules.Typography;

/// <summary>
/// NC205: digit groups of a number ("11 000") are kept together by a no-break space, and groups separated by periods
/// as German and English-speaking sources write them ("200.000", "1.500.000") get it too. A period between digits is
/// a thousands separator only when every group after it has three digits and the number does not start with 0
/// ("0.500", "18.07.2019", "3.5" and addresses such as "192.168.1.1" are left alone); before "millions" or
/// "milliards" an English decimal ("1.500 milliard") cannot be ruled out, so the change is only suggested there.
/// </summary>
public sealed partial class NumberGrouping : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC205", "number-grouping", "Separate thousands with a no-break space", RuleCategory.Typography, Severity.Warning, FixAvailability.Always,
            FixApplicability.Safe)
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
                        context.ReportEdit(Descriptor, span, $"{Chars.Show(text[span.Start])} inside the number {match.Value.Trim()}",
                            context.NoBreakSpace.ToString(), "no-break space between digit groups");
                    }
                }
            }
            foreach (Match match in DottedNumber().Matches(slice))
            {
                // Four groups of at most 255 read as an address ("192.168.001.001"), not a number.
                if (match.Groups["sep"].Captures.Count == 3 && match.Value.Split('.').All(group => int.Parse(group,
                    System.Globalization.CultureInfo.InvariantCulture) <= 255))
                {
                    continue;
                }
                var edits = match.Groups["sep"].Captures.Select(separator => new TextEdit(new TextSpan(block.Span.Start + separator.Index, 1),
                    context.NoBreakSpace.ToString())).ToList();
                var applicability = LargeUnit().IsMatch(slice.AsSpan(match.Index + match.Length)) ? FixApplicability.Suggestion : FixApplicability.Safe;
                context.Report(Descriptor, new TextSpan(block.Span.Start + match.Index, match.Length), $"thousands separated by periods in {match.Value}",
                    new Fix("no-break spaces between digit groups", applicability, edits));
            }
        }
    }

    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:(?<sep>[ \u00A0\u202F])\d{3})+(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex GroupedNumber();

    // Not after a letter, digit, period, comma or symbol of an address; not followed by another period and digits.
    [GeneratedRegex(@"(?<![\p{L}\d.,/:@_-])[1-9]\d{0,2}(?:(?<sep>\.)\d{3})+(?![\d\p{L}]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DottedNumber();

    [GeneratedRegex(@"^[ \u00A0\u202F]*(?:millions?|milliards?|billions?|mds?|md|M|Mds?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LargeUnit();
}
