namespace NatoCorpus.Rules.Typography;

/// <summary>Character classes the typography rules share.</summary>
internal static class Chars
{
    public const char NoBreakSpace = '\u00A0';
    public const char NarrowNoBreakSpace = '\u202F';

    public static bool IsNoBreak(char c) => c is NoBreakSpace or NarrowNoBreakSpace;

    public static string Show(char c) => c switch
    {
        NoBreakSpace => "no-break space",
        NarrowNoBreakSpace => "narrow no-break space",
        ' ' => "space",
        '\t' => "tab",
        _ => $"U+{(int)c:X4}",
    };
}
