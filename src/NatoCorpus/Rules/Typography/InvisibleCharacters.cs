using NatoCorpus.Text;

namespace NatoCorpus.Rules.Typography;

/// <summary>NC212: zero-width characters, stray byte-order marks and soft hyphens are invisible debris.</summary>
public sealed class InvisibleCharacters : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC212", "invisible-characters", "Remove zero-width characters and soft hyphens", RuleCategory.Typography, Severity.Warning, FixAvailability.Always, FixApplicability.Safe);

    public void Check(RuleContext context)
    {
        var text = context.Source.Text;
        foreach (var block in context.Document.Prose)
        {
            for (var i = block.Span.Start; i < block.Span.End; i++)
            {
                if (text[i] is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD')
                {
                    context.ReportEdit(Descriptor, new TextSpan(i, 1), $"invisible character {Chars.Show(text[i])}", "", "remove it");
                }
            }
        }
    }
}
