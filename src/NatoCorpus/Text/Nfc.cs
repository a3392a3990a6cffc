using System.Buffers;
using System.Globalization;
using System.Text;

namespace NatoCorpus.Text;

/// <summary>
/// Unicode NFC, with a fast path: text without combining marks or Hangul jamo is already composed as far as
/// the pipeline is concerned (composition needs one of them), so the costly check runs only on the rare text
/// that has them.
/// </summary>
public static class Nfc
{
    private static readonly SearchValues<char> Composable = SearchValues.Create(
        Enumerable.Range(0x300, 0x10000 - 0x300).Select(code => (char)code)
            .Where(c => !char.IsSurrogate(c) && (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                || c is >= '\u1100' and <= '\u11FF'))
            .ToArray());

    public static bool MayNeedComposing(ReadOnlySpan<char> text) => text.ContainsAny(Composable);

    public static string Compose(string text)
    {
        if (!MayNeedComposing(text))
        {
            return text;
        }
        if (!HasUnnormalizable(text))
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        // .NET refuses to normalize a string holding U+FFFE or an unpaired surrogate (ArgumentException): a raw
        // text may hold either (U+FFFE is valid UTF-8), so the runs between them are composed, and they are kept.
        var builder = new StringBuilder(text.Length);
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || IsUnnormalizable(text, i))
            {
                builder.Append(Compose(text[start..i]));
                if (i < text.Length)
                {
                    builder.Append(text[i]);
                }
                start = i + 1;
            }
            else if (char.IsHighSurrogate(text[i]))
            {
                i++;
            }
        }
        return builder.ToString();
    }

    /// <summary>Whether <paramref name="text"/> is in NFC (a string .NET cannot normalize is judged by its runs).</summary>
    public static bool IsComposed(string text) => !MayNeedComposing(text) || (HasUnnormalizable(text) ? Compose(text) == text : text.IsNormalized(NormalizationForm.FormC));

    private static bool HasUnnormalizable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnnormalizable(text, i))
            {
                return true;
            }
            if (char.IsHighSurrogate(text[i]))
            {
                i++;
            }
        }
        return false;
    }

    /// <summary>U+FFFE, or a surrogate not in a pair (a high one at <paramref name="index"/> is judged with the next unit).</summary>
    private static bool IsUnnormalizable(string text, int index)
    {
        var c = text[index];
        return c == '\uFFFE'
            || (char.IsHighSurrogate(c) && !(index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])))
            || char.IsLowSurrogate(c);
    }
}
