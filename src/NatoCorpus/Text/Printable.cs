using System.Globalization;
using System.Text;

namespace NatoCorpus.Text;

/// <summary>
/// Paths and raw text as they may be printed to a terminal or a CI log. File names and scraped texts are
/// untrusted: a newline in a name would forge a whole output line, an ANSI escape would drive the terminal, a bidi
/// override would reorder what a reviewer reads, and a line starting with "::" (or holding "##[") is a GitHub
/// Actions workflow command. So every control, format (bidi, zero-width) and line/paragraph separator character,
/// and any unpaired surrogate, is shown as <c>&lt;U+XXXX&gt;</c>; the ":" that would start a workflow command and
/// the "[" of a legacy "##[" command are shown the same way. Everything else is printed as it is.
/// </summary>
public static class Printable
{
    /// <summary>
    /// <paramref name="text"/> as one printable line, read as the start of an output line (a leading "::" is
    /// neutralized even when the caller prints something before it: escaping too much is harmless).
    /// </summary>
    public static string Escape(string text) => NeedsEscape(text, keepNewlines: false) ? Escape(text, 0, text.Length) : text;

    /// <summary>
    /// Each line of <paramref name="text"/> made printable, the line feeds kept (for diffs and multi-line blocks).
    /// </summary>
    public static string EscapeLines(string text)
    {
        if (!NeedsEscape(text, keepNewlines: true))
        {
            return text;
        }
        var builder = new StringBuilder(text.Length + 16);
        Append(builder, text, 0, text.Length, keepNewlines: true, tabAsSpace: false);
        return builder.ToString();
    }

    /// <summary>
    /// The range [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/> made printable.
    /// What decides an escape may look outside the range (the "##" before a "[", the whitespace since the line
    /// start before a "::"), so the escapes of adjacent ranges concatenate to the escape of their union: an
    /// excerpt can be escaped in pieces to place its carets.
    /// </summary>
    public static string Escape(string text, int start, int end, bool tabAsSpace = false)
    {
        var builder = new StringBuilder(end - start + 16);
        Append(builder, text, start, end, keepNewlines: false, tabAsSpace);
        return builder.ToString();
    }

    /// <summary>Characters that print nothing visible, or move the cursor or the reading order: shown by code.</summary>
    public static bool IsHidden(int codePoint) => codePoint is >= 0xD800 and <= 0xDFFF || CharUnicodeInfo.GetUnicodeCategory(codePoint)
        is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    /// <summary>Code points in <paramref name="text"/>: how many columns an escaped excerpt takes before its carets.</summary>
    public static int Width(string text)
    {
        var width = 0;
        for (var i = 0; i < text.Length; i++)
        {
            width += char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]) ? 0 : 1;
        }
        return width;
    }

    private static bool NeedsEscape(string text, bool keepNewlines)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is ':' or '[')
            {
                if (IsCommandCharacter(text, i))
                {
                    return true;
                }
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsHidden(char.ConvertToUtf32(c, text[i + 1])))
                {
                    return true;
                }
                i++;
            }
            else if (!(keepNewlines && c == '\n') && IsHidden(c))
            {
                return true;
            }
        }
        return false;
    }

    private static void Append(StringBuilder builder, string text, int start, int end, bool keepNewlines, bool tabAsSpace)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, text[i + 1]);
                if (IsHidden(codePoint))
                {
                    Code(builder, codePoint);
                }
                else
                {
                    builder.Append(c).Append(text[i + 1]);
                }
                i++;
            }
            else if (c == '\n' && keepNewlines)
            {
                builder.Append(c);
            }
            else if (c == '\t' && tabAsSpace)
            {
                builder.Append(' ');
            }
            else if (char.IsSurrogate(c) || IsHidden(c) || (c is ':' or '[' && IsCommandCharacter(text, i)))
            {
                Code(builder, c);
            }
            else
            {
                builder.Append(c);
            }
        }
    }

    /// <summary>
    /// The first ":" of a line that would start a workflow command ("::" after optional whitespace, as the runner
    /// trims it), or the "[" of "##[" anywhere (the runner's legacy commands are found anywhere in a line).
    /// </summary>
    private static bool IsCommandCharacter(string text, int index)
    {
        if (text[index] == '[')
        {
            return index >= 2 && text[index - 1] == '#' && text[index - 2] == '#';
        }
        if (index + 1 >= text.Length || text[index + 1] != ':')
        {
            return false;
        }
        // Only whitespace since the line start: scanning back stops at the first other character, so a line of
        // many "::" costs no more than its length.
        var before = index - 1;
        while (before >= 0 && text[before] != '\n' && char.IsWhiteSpace(text[before]))
        {
            before--;
        }
        return before < 0 || text[before] == '\n';
    }

    private static void Code(StringBuilder builder, int codePoint) =>
        builder.Append("<U+").Append(codePoint.ToString("X4", CultureInfo.InvariantCulture)).Append('>');
}
