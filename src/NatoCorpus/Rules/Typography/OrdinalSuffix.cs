using System.Text.RegularExpressions;
using NatoCorpus.Text;

namespace NatoCorpus.Rules.Typography;

/// <summary>
/// NC219: French ordinals abbreviate as "1er", "1re", "2e", "XXIe" (Imprimerie nationale): "1ère" → "1re",
/// "2ème" → "2e", "3èmes" → "3es", "XIXème" → "XIXe". "2nd", "2nde", "1er" and "1ers" are right and kept.
/// </summary>
public sealed partial class OrdinalSuffix : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC219", "ordinal-suffix", "Abbreviate ordinals as 1er, 1re, 2e", RuleCategory.Typography, Severity.Warning, FixAvailability.Always, FixApplicability.Safe)
    {
        ExtraTags = ["french"],
    };

    public void Check(RuleContext context)
    {
        foreach (var block in context.Document.FrenchProse)
        {
            var slice = context.TextOf(block);
            foreach (Match match in Ordinal().Matches(slice))
            {
                var number = match.Groups["num"].Value;
                var plural = match.Groups["pl"].Value;
                var replacement = match.Groups["fem"].Success ? $"{number}re{plural}" : $"{number}e{plural}";
                context.ReportEdit(Descriptor, new TextSpan(block.Span.Start + match.Index, match.Length), $"\"{match.Value}\" is not how French abbreviates an ordinal", replacement, $"write \"{replacement}\"");
            }
        }
    }

    // "1ère"/"1ere"/"1ière" (feminine first) and "2ème"/"2eme"/"2éme"/"2ième"; Roman numerals without M, C or D,
    // so "Mme" never reads as one.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:(?<num>1)(?<fem>ère|ere|ière|iere)|(?<num>\d+|[IVXL]+)(?:ème|eme|éme|ième|ieme))(?<pl>s?)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex Ordinal();
}
