using NatoCorpus.Text;

namespace NatoCorpus.Rules.Typography;

/// <summary>NC208: paragraphs are separated by one blank line; a line wrapped inside a paragraph is joined.</summary>
public sealed class ParagraphBreaks : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC208", "glued-paragraphs", "Separate paragraphs with one blank line and join wrapped lines", RuleCategory.Typography, Severity.Warning, FixAvailability.Always, FixApplicability.Safe);

    public void Check(RuleContext context)
    {
        var text = context.Source.Text;
        var prose = context.Document.Prose.ToArray();
        for (var i = 0; i < prose.Length; i++)
        {
            // The parser already split glued paragraphs; what is left inside a block are wrapped lines.
            foreach (var (span, _) in LineBreaks.Newlines(text, prose[i].Span))
            {
                context.ReportEdit(Descriptor, span, "line wrapped inside a paragraph", " ", "join the lines");
            }
            if (i > 0)
            {
                var gap = TextSpan.FromBounds(prose[i - 1].Span.End, prose[i].Span.Start);
                if (CountNewlines(text, gap) == 1)
                {
                    context.ReportEdit(Descriptor, gap, "paragraphs separated by a single newline", "\n\n", "insert a blank line");
                }
            }
        }
    }

    private static int CountNewlines(string text, TextSpan span) => text.AsSpan(span.Start, span.Length).Count('\n');
}
