using System.Text.RegularExpressions;
using NatoCorpus.Knowledge;
using NatoCorpus.Text;

namespace NatoCorpus.Rules.Typography;

/// <summary>
/// NC215: a number and its unit stay together with a no-break space: "2 % du PIB", "40 €", "500 km". Symbols
/// (% ‰ € °C) take it glued or spaced ("2%" → "2 %"); unit words only when spaced, since a glued one is usually a
/// name ("A400M", "5G"). Counted nouns and times are unit words too ("75 ans", "14 h"): a house choice in the data.
/// An existing no-break space of either width is kept.
/// </summary>
public sealed class UnitSpacing : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC215", "unit-spacing", "Put a no-break space between a number and its unit or %", RuleCategory.Typography, Severity.Warning, FixAvailability.Always, FixApplicability.Safe)
    {
        ExtraTags = ["french"],
    };

    // One pattern per knowledge object, built on first use: the unit lists are data.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TypographyKnowledge, Regex> Patterns = new();

    public void Check(RuleContext context)
    {
        var pattern = Patterns.GetValue(context.Knowledge.Typography, Build);
        var nbsp = context.NoBreakSpace;
        foreach (var block in context.Document.FrenchProse)
        {
            var slice = context.TextOf(block);
            foreach (Match match in pattern.Matches(slice))
            {
                var separator = match.Groups["sep"];
                if (separator.Length == 1 && Chars.IsNoBreak(separator.Value[0]))
                {
                    continue;
                }
                var unit = match.Groups["unit"].Value;
                var span = new TextSpan(block.Span.Start + separator.Index, separator.Length);
                var found = separator.Length == 0 ? "no space" : string.Join(" + ", separator.Value.Select(Chars.Show));
                context.ReportEdit(Descriptor, span, $"{found} between a number and \"{unit}\" instead of a no-break space", nbsp.ToString(), $"one no-break space before {unit}");
            }
        }
    }

    private static Regex Build(TypographyKnowledge typography)
    {
        static string Alternation(IEnumerable<string> units) =>
            string.Join("|", units.OrderByDescending(unit => unit.Length).ThenBy(unit => unit, StringComparer.Ordinal).Select(Regex.Escape));
        var symbols = typography.UnitSymbols.Count == 0 ? "(?!)" : Alternation(typography.UnitSymbols);
        var words = typography.UnitWords.Count == 0 ? "(?!)" : Alternation(typography.UnitWords);
        // The digit must end a number, not a name ("A400M", "F-35": a letter, or a letter and a hyphen, before its
        // digits); a minus sign after a space is a number's ("-15 °C").
        return new Regex(
            $@"(?<![\p{{L}}_][\d.,]*)(?<!\p{{L}}-[\d.,]*)(?<=\d)(?:(?<sep>[ \t\u00A0\u202F]*)(?<unit>{symbols})|(?<sep>[ \t\u00A0\u202F]+)(?<unit>{words})(?![\p{{L}}\p{{N}}]))",
            RegexOptions.CultureInvariant, CorpusKnowledge.CompiledRegexTimeout);
    }
}
