using NatoCorpus.Knowledge;
using NatoCorpus.Text;

namespace NatoCorpus.Parsing.Recognition;

/// <summary>Matching a line against named data patterns, shared by the byline, credit and furniture recognizers.</summary>
internal static class PatternLines
{
    /// <summary>Patterns are matched on the trimmed NFC line; lines longer than this are prose and not looked at.</summary>
    public const int MaxChars = 400;

    /// <summary>
    /// The form patterns are matched in: NFC, and the typographic apostrophe for the straight one, so a pattern
    /// written "l’essentiel" also finds a scrape's "l'essentiel".
    /// </summary>
    public static string Comparable(string text) => Nfc.Compose(text).Replace('\'', '’');

    /// <summary>The first pattern that matches the line; a pattern looks at lines up to its own `max_chars` or, without one, <see cref="MaxChars"/>.</summary>
    public static NamedPattern? FirstMatch(PatternSet patterns, SegmentState segment) =>
        segment.Features.Chars > patterns.LongestLine(MaxChars) ? null : patterns.FirstMatch(segment.Comparable, segment.Features.Chars, MaxChars);
}
