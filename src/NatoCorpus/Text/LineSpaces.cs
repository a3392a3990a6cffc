namespace NatoCorpus.Text;

/// <summary>Spaces inside a line (space, tab, the no-break and thin spaces), shared by the parser and the rules.</summary>
public static class LineSpaces
{
    public static bool Is(char c) => c is ' ' or '\t' or '\u00A0' or '\u202F' or '\u2009' or '\u2007';

    /// <summary>End of the run of line spaces starting at <paramref name="index"/>.</summary>
    public static int Skip(string text, int index, int end)
    {
        while (index < end && Is(text[index]))
        {
            index++;
        }
        return index;
    }

    /// <summary>Start of the run of line spaces ending just before <paramref name="index"/>.</summary>
    public static int SkipBack(string text, int index, int start)
    {
        while (index > start && Is(text[index - 1]))
        {
            index--;
        }
        return index;
    }
}
