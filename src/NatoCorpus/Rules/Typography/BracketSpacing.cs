using NatoCorpus.Text;

namespace NatoCorpus.Rules.Typography;

/// <summary>
/// NC216: no space before a comma, a period or a closing bracket, none after an opening bracket: "la Russie , la
/// Chine" → "la Russie, la Chine", "( OTAN )" → "(OTAN)", "fournir 15 (*) ." → "fournir 15 (*).". A period only when
/// it ends a sentence (a space, a closing mark or the paragraph's end follows), so ".NET" and " ..." are left alone.
/// Spaces at a line's edge are the paragraph rules'.
/// </summary>
public sealed class BracketSpacing : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC216", "comma-and-bracket-spacing", "No space before , . or ) and none after (", RuleCategory.Typography, Severity.Warning,
            FixAvailability.Always, FixApplicability.Safe)
    {
        ExtraTags = ["french"],
    };

    public void Check(RuleContext context)
    {
        var text = context.Source.Text;
        foreach (var block in context.Document.FrenchProse)
        {
            var (start, end) = (block.Span.Start, block.Span.End);
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (c is ',' or ')')
                {
                    var before = LineSpaces.SkipBack(text, i, start);
                    if (before < i && before > start && text[before - 1] is not ('\n' or '(' or ','))
                    {
                        context.ReportEdit(Descriptor, TextSpan.FromBounds(before, i), $"space before \"{c}\"", "", $"remove the space before {c}");
                    }
                }
                else if (c == '.' && EndsSentence(text, i, end) && text[i - 1] != '.' && !(LineSpaces.Skip(text, i + 1, end) is var following
                    && following < end && text[following] == '.'))
                {
                    var before = LineSpaces.SkipBack(text, i, start);
                    if (before < i && before > start && (char.IsLetterOrDigit(text[before - 1]) || text[before - 1] is ')' or ']' or '»' or '”' or '*'))
                    {
                        context.ReportEdit(Descriptor, TextSpan.FromBounds(before, i), "space before a final \".\"", "", "remove the space before .");
                    }
                }
                else if (c == '(')
                {
                    var after = LineSpaces.Skip(text, i + 1, end);
                    if (after > i + 1 && after < end && text[after] is not ('\n' or ')'))
                    {
                        context.ReportEdit(Descriptor, TextSpan.FromBounds(i + 1, after), "space after \"(\"", "", "remove the space after (");
                    }
                }
            }
        }
    }

    /// <summary>The period is a sentence's end: the paragraph ends, or a space or closing mark follows (not "..." or ".NET").</summary>
    private static bool EndsSentence(string text, int index, int end) =>
        index + 1 >= end || LineSpaces.Is(text[index + 1]) || text[index + 1] is '\n' or '»' or ')' or '"' or '”';
}
