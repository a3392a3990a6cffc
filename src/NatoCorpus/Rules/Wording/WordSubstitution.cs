using NatoCorpus.Knowledge;
using NatoCorpus.Text;

namespace NatoCorpus.Rules.Wording;

/// <summary>
/// NC301: typos and real-word errors from the substitution list (wording.yaml and corpus data files). A
/// real word like "miliaire" is only replaced where its context says it is wrong; a word quoted alone is cited and
/// left as it is; when the context says both, the fix is only suggested.
/// </summary>
public sealed class WordSubstitution : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC301", "word-substitution", "A word or phrase from the typo and confusion list", RuleCategory.Wording, Severity.Error, FixAvailability.Always, FixApplicability.Safe);

    public void Check(RuleContext context)
    {
        var blocks = context.Document.FrenchProse.ToArray();
        string[]? composed = null;
        foreach (var block in blocks)
        {
            var slice = context.TextOf(block);
            // The text's own wording elsewhere is context too: the body's "coopération militaire" settles the title's
            // "coopération miliaire". The other blocks are read with their sure fixes made, so the answer is the same
            // on the raw text and on its normalized form (idempotence). Read lazily: most blocks have no unclear finding.
            bool Attested(string phrase)
            {
                composed ??= blocks.Select(other => Comparable(WithSureFixes(context.TextOf(other), context.Knowledge.Substitutions))).ToArray();
                var wanted = Comparable(phrase);
                return blocks.Where((other, index) => other != block && composed[index].Contains(wanted, StringComparison.OrdinalIgnoreCase)).Any();
            }
            foreach (var substitution in context.Knowledge.Substitutions)
            {
                foreach (var hit in substitution.FindIn(slice, Attested))
                {
                    var (match, replacement) = (hit.Match, hit.Replacement);
                    var span = new TextSpan(block.Span.Start + match.Index, match.Length);
                    var (applicability, message) = hit.Certainty switch
                    {
                        SubstitutionCertainty.Sure => (FixApplicability.Safe, substitution.Message),
                        SubstitutionCertainty.Unclear => (FixApplicability.Unsafe, $"{substitution.Message} (context unclear: check it)"),
                        _ => (FixApplicability.Suggestion, $"{substitution.Message} (the context points both ways: check it)"),
                    };
                    context.ReportEdit(Descriptor, span, $"\"{match.Value}\": {message} ({substitution.Name})", replacement, $"replace with \"{replacement}\"",
                        applicability, substitution.Name);
                }
            }
        }
    }

    /// <summary>A block's text with the fixes its own context makes sure (no attestation: one level only).</summary>
    private static string WithSureFixes(string text, IReadOnlyList<Substitution> substitutions)
    {
        var hits = substitutions.SelectMany(substitution => substitution.FindIn(text))
            .Where(hit => hit.Certainty == SubstitutionCertainty.Sure)
            .OrderBy(hit => hit.Match.Index)
            .ToList();
        if (hits.Count == 0)
        {
            return text;
        }
        var builder = new System.Text.StringBuilder(text.Length);
        var position = 0;
        foreach (var hit in hits)
        {
            if (hit.Match.Index < position)
            {
                continue;
            }
            builder.Append(text, position, hit.Match.Index - position).Append(hit.Replacement);
            position = hit.Match.Index + hit.Match.Length;
        }
        return builder.Append(text, position, text.Length - position).ToString();
    }

    /// <summary>Text compared for attestation: composed, one plain space between words, the typographic apostrophe.</summary>
    private static string Comparable(string text) =>
        string.Join(' ', Nfc.Compose(text).Split([' ', '\n', '\t', '\u00A0', '\u202F'], StringSplitOptions.RemoveEmptyEntries)).Replace('\'', '’');
}
