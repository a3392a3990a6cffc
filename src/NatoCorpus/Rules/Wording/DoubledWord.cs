using System.Text.RegularExpressions;
using NatoCorpus.Text;

namespace NatoCorpus.Rules.Wording;

/// <summary>
/// NC303: the same word twice in a row ("que que", "le le") is usually a slip; suggested, never applied. French
/// doubles some words on purpose (reflexive "nous nous", "vous vous"; emphatic "très très": `doubled_words` in
/// typography.yaml), and names may repeat ("Bora Bora", "de De Gaulle"): a capitalized second word is left.
/// </summary>
public sealed partial class DoubledWord : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC303", "doubled-word", "The same word twice in a row", RuleCategory.Wording, Severity.Warning, FixAvailability.Always, FixApplicability.Suggestion);

    public void Check(RuleContext context)
    {
        var allowed = context.Knowledge.Typography.DoubledWords;
        foreach (var block in context.Document.FrenchProse)
        {
            var slice = context.TextOf(block);
            foreach (Match match in Doubled().Matches(slice))
            {
                var word = match.Groups["word"].Value;
                var second = match.Groups["second"];
                if (allowed.Contains(word) || char.IsUpper(second.Value[0]))
                {
                    continue;
                }
                context.ReportEdit(Descriptor, new TextSpan(block.Span.Start + match.Index, match.Length), $"\"{match.Value}\": the same word twice in a row", word,
                    $"perhaps \"{word}\"", FixApplicability.Suggestion);
            }
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}’'\-])(?<word>\p{L}+)(?<sep>[ \u00A0\u202F]+)(?<second>\k<word>)(?![\p{L}\p{N}’'\-])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Doubled();
}
