using System.Globalization;
using System.Text;
using NatoCorpus.Text;

namespace NatoCorpus.Rules.Typography;

/// <summary>
/// NC212: characters nobody sees are debris that splits words for search and hashes, moves a terminal's cursor or
/// reorders what a reader sees: control characters (other than tab and line feed, whose rules are NC206 and
/// NC208), zero-width spaces, stray byte-order marks, word joiners, soft hyphens and bidi controls. Each removal
/// is listed under <c>corrections:</c> in the front matter, since the text shows no trace of it. Zero-width
/// joiners and non-joiners are kept where they join: between two letters (Persian, Indic scripts) or two emoji
/// (a family, a profession, a flag in one glyph).
/// </summary>
public sealed class InvisibleCharacters : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC212", "invisible-characters", "Remove control, zero-width and bidi control characters and soft hyphens", RuleCategory.Typography, Severity.Warning, FixAvailability.Always, FixApplicability.Safe)
    {
        ListsEachChange = true,
    };

    private const char ZeroWidthNonJoiner = '\u200C';
    private const char ZeroWidthJoiner = '\u200D';

    public void Check(RuleContext context)
    {
        var text = context.Source.Text;
        foreach (var block in context.Document.Prose)
        {
            var (start, end) = (block.Span.Start, block.Span.End);
            for (var i = start; i < end; i++)
            {
                if (!IsCandidate(text[i]))
                {
                    continue;
                }
                // A run of them is judged as one: a control between two words becomes one space (the raw text
                // shows two words; removing it would glue them), whatever else the run holds.
                var runEnd = i + 1;
                while (runEnd < end && IsCandidate(text[runEnd]))
                {
                    runEnd++;
                }
                var spaceDue = i > start && runEnd < end && IsWordCharacterBefore(text, i, start) && IsWordCharacterAt(text, runEnd);
                for (var j = i; j < runEnd; j++)
                {
                    var c = text[j];
                    if (c is ZeroWidthJoiner or ZeroWidthNonJoiner && Joins(text, j, start, end))
                    {
                        continue;
                    }
                    var control = char.IsControl(c);
                    var replacement = control && spaceDue ? " " : "";
                    spaceDue &= !control;
                    context.ReportEdit(Descriptor, new TextSpan(j, 1), $"{Describe(c)} {Chars.Show(c)}", replacement, replacement.Length == 0 ? "remove it" : "replace it with a space");
                }
                i = runEnd - 1;
            }
        }
    }

    /// <summary>What this rule may take out (joiners only where they do not join).</summary>
    private static bool IsCandidate(char c) =>
        (char.IsControl(c) && c is not ('\t' or '\n'))
        || c is '\u200B' or ZeroWidthNonJoiner or ZeroWidthJoiner or '\u2060' or '\uFEFF' or '\u00AD' or (>= '\u2061' and <= '\u2064')
        || IsBidiControl(c);

    /// <summary>Embeddings, overrides, isolates and marks: U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C.</summary>
    public static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';

    private static string Describe(char c) =>
        char.IsControl(c) ? "control character" : IsBidiControl(c) ? "bidi control" : c == '\u00AD' ? "soft hyphen" : "invisible character";

    /// <summary>
    /// A joiner between two letters, or between two emoji (an emoji's variation selector, skin tone or combining
    /// mark before the joiner belongs to it).
    /// </summary>
    private static bool Joins(string text, int index, int start, int end)
    {
        var before = index;
        while (before > start && IsEmojiOrLetterTail(text, before - 1))
        {
            before -= char.IsLowSurrogate(text[before - 1]) && before - 2 >= start ? 2 : 1;
        }
        if (before == start || index + 1 >= end)
        {
            return false;
        }
        var previous = CodePointEndingAt(text, before - 1);
        var next = CodePointAt(text, index + 1);
        if (Rune.IsLetter(previous) && Rune.IsLetter(next))
        {
            return true;
        }
        return text[index] == ZeroWidthJoiner && IsEmoji(previous) && IsEmoji(next);
    }

    /// <summary>What may follow a letter or an emoji before a joiner: combining marks, variation selectors, skin tones.</summary>
    private static bool IsEmojiOrLetterTail(string text, int index)
    {
        var rune = CodePointEndingAt(text, index);
        return rune.Value is 0xFE0E or 0xFE0F or (>= 0x1F3FB and <= 0x1F3FF)
            || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    private static bool IsEmoji(Rune rune) => Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol;

    private static bool IsWordCharacterAt(string text, int index) => Rune.IsLetterOrDigit(CodePointAt(text, index)) || IsMark(CodePointAt(text, index));

    private static bool IsWordCharacterBefore(string text, int index, int start) =>
        index > start && (Rune.IsLetterOrDigit(CodePointEndingAt(text, index - 1)) || IsMark(CodePointEndingAt(text, index - 1)));

    private static bool IsMark(Rune rune) => Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>The code point starting at <paramref name="index"/> (an unpaired surrogate as U+FFFD).</summary>
    private static Rune CodePointAt(string text, int index) =>
        Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out _) == System.Buffers.OperationStatus.Done ? rune : Rune.ReplacementChar;

    /// <summary>The code point ending at <paramref name="index"/> (a low surrogate with its high one).</summary>
    private static Rune CodePointEndingAt(string text, int index) =>
        Rune.DecodeLastFromUtf16(text.AsSpan(0, index + 1), out var rune, out _) == System.Buffers.OperationStatus.Done ? rune : Rune.ReplacementChar;
}
