namespace NatoCorpus.Text;

/// <summary>
/// Where quotations are, for the rules that must not touch them: a word quoted alone is cited, not used
/// ("on écrit « malgré » et non « malgrés »"), and a quoted imperative is what was said.
/// </summary>
public static class Quotations
{
    /// <summary>
    /// True when <paramref name="start"/>..<paramref name="end"/> is the whole content of a quoted pair: « x »,
    /// "x", “x”, ‘x’, 'x' (spaces inside allowed). A citation of a word is evidence of that word, right or wrong.
    /// </summary>
    public static bool IsWholeContentOfPair(string text, int start, int end)
    {
        var before = LineSpaces.SkipBack(text, start, 0);
        var after = LineSpaces.Skip(text, end, text.Length);
        if (before == 0 || after >= text.Length)
        {
            return false;
        }
        return (text[before - 1], text[after]) switch
        {
            ('«', '»') or ('"', '"') or ('“', '”') or ('‘', '’') or ('\'', '\'') or ('‹', '›') => true,
            _ => false,
        };
    }

    /// <summary>
    /// True when <paramref name="index"/> lies inside a quotation opened at or after <paramref name="from"/>: after
    /// an unclosed « or “, or after an odd number of straight double quotes. <paramref name="text"/> is one paragraph.
    /// </summary>
    public static bool IsInside(string text, int index, int from = 0)
    {
        var guillemets = 0;
        var english = 0;
        var straight = 0;
        for (var i = from; i < index && i < text.Length; i++)
        {
            switch (text[i])
            {
                case '«': guillemets++; break;
                case '»': guillemets = Math.Max(0, guillemets - 1); break;
                case '“': english++; break;
                case '”': english = Math.Max(0, english - 1); break;
                case '"': straight ^= 1; break;
            }
        }
        return guillemets > 0 || english > 0 || straight == 1;
    }
}
