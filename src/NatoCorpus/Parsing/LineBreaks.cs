using NatoCorpus.Text;

namespace NatoCorpus.Parsing;

/// <summary>
/// What a single newline inside a block of lines means: a paragraph break when the line before ends a sentence
/// and the next starts one; otherwise a wrapped line.
/// </summary>
public static class LineBreaks
{
    public static bool IsLineSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u202F' or '\u2009' or '\u2007';

    /// <summary>Each newline inside <paramref name="block"/>, with the spaces around it, and whether it ends a paragraph.</summary>
    public static IEnumerable<(TextSpan Span, bool IsBreak)> Newlines(string text, TextSpan block)
    {
        for (var i = block.Start; i < block.End; i++)
        {
            if (text[i] != '\n')
            {
                continue;
            }
            var before = i;
            while (before > block.Start && IsLineSpace(text[before - 1]))
            {
                before--;
            }
            var after = i + 1;
            while (after < block.End && IsLineSpace(text[after]))
            {
                after++;
            }
            var ends = before > block.Start && ".!?…»\"”)".Contains(text[before - 1], StringComparison.Ordinal);
            // A sentence starts with a capital, a digit, an opening quote or dash, or a symbol (emoji of a banner).
            var starts = after < block.End && !char.IsLower(text[after]) && !",;:.)]»…".Contains(text[after], StringComparison.Ordinal);
            yield return (TextSpan.FromBounds(before, after), ends && starts);
        }
    }
}
