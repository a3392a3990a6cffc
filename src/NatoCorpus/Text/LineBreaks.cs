namespace NatoCorpus.Text;

/// <summary>
/// What a single newline inside a block of lines means: a paragraph break when the line before ends a sentence
/// and the next starts one; otherwise a wrapped line.
/// </summary>
public static class LineBreaks
{
    /// <summary>Each newline inside <paramref name="block"/>, with the spaces around it, and whether it ends a paragraph.</summary>
    public static IEnumerable<(TextSpan Span, bool IsBreak)> Newlines(string text, TextSpan block)
    {
        for (var i = block.Start; i < block.End; i++)
        {
            if (text[i] != '\n')
            {
                continue;
            }
            var before = LineSpaces.SkipBack(text, i, block.Start);
            var after = LineSpaces.Skip(text, i + 1, block.End);
            var ends = before > block.Start && ".!?…»\"”)".Contains(text[before - 1], StringComparison.Ordinal);
            // A sentence starts with a capital, a digit, an opening quote or dash, or a symbol (emoji of a banner).
            var starts = after < block.End && !char.IsLower(text[after]) && !",;:.)]»…".Contains(text[after], StringComparison.Ordinal);
            yield return (TextSpan.FromBounds(before, after), ends && starts);
        }
    }
}
