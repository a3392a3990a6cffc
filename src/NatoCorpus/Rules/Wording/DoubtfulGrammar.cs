using NatoCorpus.Text;

namespace NatoCorpus.Rules.Wording;

/// <summary>NC302: grammar patterns from wording.yaml that are probably wrong; suggested, never applied.</summary>
public sealed class DoubtfulGrammar : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC302", "doubtful-grammar", "A construction that is probably ungrammatical", RuleCategory.Wording, Severity.Warning, FixAvailability.Always, FixApplicability.Suggestion);

    public void Check(RuleContext context)
    {
        foreach (var block in context.Document.FrenchProse)
        {
            var slice = context.TextOf(block);
            foreach (var suggestion in context.Knowledge.Suggestions)
            {
                foreach (var match in suggestion.FindIn(slice))
                {
                    var replacement = match.Result(suggestion.Replace);
                    var span = new TextSpan(block.Span.Start + match.Index, match.Length);
                    context.ReportEdit(Descriptor, span, $"\"{match.Value}\": {suggestion.Message} ({suggestion.Name})", replacement,
                        $"perhaps \"{replacement}\"", FixApplicability.Suggestion, suggestion.Name);
                }
            }
        }
    }
}
