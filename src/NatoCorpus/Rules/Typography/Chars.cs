namespace NatoCorpus.Rules.Typography;

/// <summary>Character classes the typography rules share.</summary>
internal static class Chars
{
    public const char NoBreakSpace = '\u00A0';
    public const char NarrowNoBreakSpace = '\u202F';

    /// <summary>Spaces inside a line: space, tab and the two no-break spaces.</summary>
    public static bool IsLineSpace(char c) => c is ' ' or '\t' or NoBreakSpace or NarrowNoBreakSpace or '\u2009' or '\u2007';

    public static bool IsNoBreak(char c) => c is NoBreakSpace or NarrowNoBreakSpace;

    /// <summary>End of the run of line spaces starting at <paramref name="index"/>.</summary>
    public static int SkipSpaces(string text, int index, int end)
    {
        while (index < end && IsLineSpace(text[index]))
        {
            index++;
        }
        return index;
    }

    /// <summary>Start of the run of line spaces ending just before <paramref name="index"/>.</summary>
    public static int SkipSpacesBack(string text, int index, int start)
    {
        while (index > start && IsLineSpace(text[index - 1]))
        {
            index--;
        }
        return index;
    }

    public static string Show(char c) => c switch
    {
        NoBreakSpace => "no-break space",
        NarrowNoBreakSpace => "narrow no-break space",
        ' ' => "space",
        '\t' => "tab",
        _ => $"U+{(int)c:X4}",
    };
}
