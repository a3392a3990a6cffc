using NatoCorpus.Text;

namespace NatoCorpus.Rules.Wording;

/// <summary>
/// NC302: grammar patterns from wording.yaml that are probably wrong; suggested, never applied. A pattern whose
/// replacement must be a known word (`known_in`) is reported without a fix when it is not: no made-up
/// infinitive ("attender") is ever proposed.
/// </summary>
public sealed class DoubtfulGrammar : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC302", "doubtful-grammar", "A construction that is probably ungrammatical", RuleCategory.Wording, Severity.Warning, FixAvailability.Sometimes, FixApplicability.Suggestion);

    public void Check(RuleContext context)
    {
        foreach (var block in context.Document.FrenchProse)
        {
            var slice = context.TextOf(block);
            foreach (var suggestion in context.Knowledge.Suggestions)
            {
                foreach (var (match, replacement) in suggestion.FindIn(slice))
                {
                    var span = new TextSpan(block.Span.Start + match.Index, match.Length);
                    if (replacement is null)
                    {
                        context.Report(Descriptor, span, $"\"{match.Value}\": {suggestion.Message}; no replacement is proposed ({suggestion.Name})", entry: suggestion.Name);
                        continue;
                    }
                    context.ReportEdit(Descriptor, span, $"\"{match.Value}\": {suggestion.Message} ({suggestion.Name})", replacement,
                        $"perhaps \"{replacement}\"", FixApplicability.Suggestion, suggestion.Name);
                }
            }
        }
    }
}
