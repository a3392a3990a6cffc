using NatoCorpus.Text;

namespace NatoCorpus.Rules.Wording;

/// <summary>
/// NC301: typos and real-word errors from the substitution list (wording.yaml and corpus data files). A
/// real word like "miliaire" is only replaced where its context says it is wrong.
/// </summary>
public sealed class WordSubstitution : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC301", "word-substitution", "A word or phrase from the typo and confusion list", RuleCategory.Wording, Severity.Error, FixAvailability.Always, FixApplicability.Safe);

    public void Check(RuleContext context)
    {
        foreach (var block in context.Document.FrenchProse)
        {
            var slice = context.TextOf(block);
            foreach (var substitution in context.Knowledge.Substitutions)
            {
                foreach (var (match, sure) in substitution.FindIn(slice))
                {
                    var replacement = KeepInitialCase(match.Value, substitution.Replace);
                    var span = new TextSpan(block.Span.Start + match.Index, match.Length);
                    var message = sure ? substitution.Message : $"{substitution.Message} (context unclear: check it)";
                    context.ReportEdit(Descriptor, span, $"\"{match.Value}\": {message} ({substitution.Name})", replacement, $"replace with \"{replacement}\"",
                        sure ? FixApplicability.Safe : FixApplicability.Unsafe, substitution.Name);
                }
            }
        }
    }

    /// <summary>The replacement with the first letter in the case the text had ("Pas questions" / "pas questions").</summary>
    private static string KeepInitialCase(string found, string replacement) =>
        replacement.Length == 0 ? replacement
            : (char.IsUpper(found[0]) ? char.ToUpperInvariant(replacement[0]) : char.ToLowerInvariant(replacement[0])) + replacement[1..];
}
