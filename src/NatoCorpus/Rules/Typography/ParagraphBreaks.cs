using NatoCorpus.Text;

namespace NatoCorpus.Rules.Typography;

/// <summary>NC208: paragraphs are separated by one blank line; a single newline either ends a paragraph or wraps a line.</summary>
public sealed class ParagraphBreaks : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC208", "glued-paragraphs", "Separate paragraphs with one blank line and join wrapped lines", RuleCategory.Typography, Severity.Warning, FixApplicability.Safe);

    public void Check(RuleContext context)
    {
        var text = context.Source.Text;
        foreach (var block in context.Document.Paragraphs)
        {
            foreach (var (span, isBreak) in Newlines(text, block.Span))
            {
                if (isBreak)
                {
                    context.ReportEdit(Descriptor, span, "paragraphs separated by a single newline", "\n\n", "insert a blank line");
                }
                else
                {
                    context.ReportEdit(Descriptor, span, "line wrapped inside a paragraph", " ", "join the lines");
                }
            }
        }
    }

    /// <summary>
    /// Each newline inside a block, with the spaces around it, and whether it ends a paragraph: it does when the
    /// line before ends a sentence and the next starts one.
    /// </summary>
    public static IEnumerable<(TextSpan Span, bool IsBreak)> Newlines(string text, TextSpan block)
    {
        for (var i = block.Start; i < block.End; i++)
        {
            if (text[i] != '\n')
            {
                continue;
            }
            var before = Chars.SkipSpacesBack(text, i, block.Start);
            var after = Chars.SkipSpaces(text, i + 1, block.End);
            var ends = before > block.Start && ".!?…»\"”)".Contains(text[before - 1], StringComparison.Ordinal);
            var starts = after < block.End && (char.IsUpper(text[after]) || char.IsDigit(text[after]) || text[after] is '«' or '—' or '–' or '-' or '"' or '“');
            yield return (TextSpan.FromBounds(before, after), ends && starts);
        }
    }
}
