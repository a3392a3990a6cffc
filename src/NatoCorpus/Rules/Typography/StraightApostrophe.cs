using NatoCorpus.Text;

namespace NatoCorpus.Rules.Typography;

/// <summary>
/// NC201: a typewriter apostrophe between letters (l'OTAN), or eliding a word before a quotation (qu'« aucun »), is the
/// typographic one (l’OTAN, qu’« aucun »): after a letter and before « it can be nothing else; nor before a straight
/// quotation mark that opens on a letter (qu'"aucun", which NC213 then makes « »).
/// </summary>
public sealed class StraightApostrophe : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC201", "straight-apostrophe", "Use the typographic apostrophe ’ instead of '", RuleCategory.Typography, Severity.Warning, FixAvailability.Always,
            FixApplicability.Safe);

    public void Check(RuleContext context)
    {
        var text = context.Source.Text;
        foreach (var block in context.Document.Prose)
        {
            for (var i = block.Span.Start + 1; i < block.Span.End - 1; i++)
            {
                if (text[i] == '\'' && char.IsLetter(text[i - 1]) && (char.IsLetter(text[i + 1]) || text[i + 1] == '«' || (text[i + 1] == '"'
                    && i + 2 < block.Span.End && char.IsLetter(text[i + 2]))))
                {
                    context.ReportEdit(Descriptor, new TextSpan(i, 1), "straight apostrophe", "’", "replace with ’");
                }
            }
        }
    }
}
