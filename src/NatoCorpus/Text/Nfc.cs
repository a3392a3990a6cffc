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

    public static string Compose(string text) =>
        MayNeedComposing(text) && !text.IsNormalized(NormalizationForm.FormC) ? text.Normalize(NormalizationForm.FormC) : text;
}
