using System.Text;
using UtfUnknown;

namespace NatoCorpus.Input;

/// <summary>What decoding found out about the bytes, beyond the text itself.</summary>
public sealed record DecodedText(string Text, string Encoding, bool HadByteOrderMark, int CrlfCount, int LoneCrCount, IReadOnlyList<MojibakeRepair> Repairs);

/// <summary>An input the tool refuses, with a reason a user can act on.</summary>
public sealed class InputRejectedException(string reason) : Exception(reason)
{
    public string Reason { get; } = reason;
}

/// <summary>
/// Turns raw bytes into text: UTF-8 (BOM dropped), UTF-16 with a BOM, or a legacy single-byte encoding recognised
/// as French; mojibake repaired; CRLF and CR turned into LF. Binary and empty input is refused.
/// </summary>
public static class RawDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Legacy encodings tried, in order of preference, when the bytes are not UTF-8.</summary>
    private static readonly int[] LegacyCodePages = [1252, 28605, 28591];

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw new InputRejectedException("file is empty");
        }
        var (text, encoding, hadBom) = DecodeBytes(bytes);
        if (LooksBinary(text))
        {
            throw new InputRejectedException("binary content (control characters): not a text file");
        }
        var (repaired, repairs) = Mojibake.Repair(text);
        var crlf = 0;
        var loneCr = 0;
        for (var i = 0; i < repaired.Length; i++)
        {
            if (repaired[i] == '\r')
            {
                if (i + 1 < repaired.Length && repaired[i + 1] == '\n')
                {
                    crlf++;
                }
                else
                {
                    loneCr++;
                }
            }
        }
        repaired = Text.SourceText.NormalizeLineEndings(repaired);
        if (repaired.AsSpan().IndexOfAnyExcept(WhitespaceOrBom) < 0)
        {
            throw new InputRejectedException("file holds only whitespace");
        }
        return new DecodedText(repaired, encoding, hadBom, crlf, loneCr, repairs);
    }

    private static (string Text, string Encoding, bool HadBom) DecodeBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            return (Utf8(bytes[3..]) ?? throw new InputRejectedException("starts with a UTF-8 byte-order mark but is not valid UTF-8"), "utf-8", true);
        }
        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE }) || bytes.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            var bigEndian = bytes[0] == 0xFE;
            var utf16 = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true);
            try
            {
                return (utf16.GetString(bytes[2..]), bigEndian ? "utf-16be" : "utf-16le", true);
            }
            catch (DecoderFallbackException)
            {
                throw new InputRejectedException($"starts with a UTF-16 byte-order mark but is not valid {(bigEndian ? "UTF-16BE" : "UTF-16LE")}");
            }
        }
        if (bytes.IndexOf((byte)0) >= 0)
        {
            throw new InputRejectedException("binary content (NUL bytes): not a text file (UTF-16 needs a byte-order mark)");
        }
        if (Utf8(bytes) is { } text)
        {
            return (text, "utf-8", false);
        }
        return DecodeLegacy(bytes);
    }

    private static string? Utf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>
    /// Not UTF-8: ask the charset detector, then keep the single-byte decoding that reads most like French
    /// (accented letters, no C1 control characters). Anything else is refused rather than guessed.
    /// </summary>
    private static (string, string, bool) DecodeLegacy(ReadOnlySpan<byte> bytes)
    {
        var candidates = new List<Encoding>();
        var detected = CharsetDetector.DetectFromBytes(bytes.ToArray()).Detected?.Encoding;
        // The detector proposes; the French check below decides.
        if (detected is { IsSingleByte: true })
        {
            candidates.Add(detected);
        }
        candidates.AddRange(LegacyCodePages.Select(page => CodePagesEncodingProvider.Instance.GetEncoding(page) ?? Encoding.GetEncoding(page)));
        var array = bytes.ToArray();
        var best = candidates
            .Select(encoding => (Encoding: encoding, Text: encoding.GetString(array)))
            .Select(candidate => (candidate.Encoding, candidate.Text, Score: FrenchScore(candidate.Text)))
            .OrderByDescending(candidate => candidate.Score)
            .First();
        if (best.Score <= 0)
        {
            throw new InputRejectedException("not valid UTF-8, and no legacy encoding gives French text");
        }
        return (best.Text, best.Encoding.WebName, false);
    }

    private static int FrenchScore(string text)
    {
        var score = 0;
        foreach (var c in text)
        {
            if ("éèêëàâäçùûüôöîïœÉÈÊÀÂÇÙÛÔÎ«»’".Contains(c, StringComparison.Ordinal))
            {
                score++;
            }
            else if (c is >= '\u0080' and <= '\u009F' || c is '\uFFFD')
            {
                // C1 controls mean a wrong code page.
                score -= 10;
            }
        }
        return score;
    }

    private static readonly System.Buffers.SearchValues<char> WhitespaceOrBom = System.Buffers.SearchValues.Create(
        " \t\n\r\f\v\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\u0085\uFEFF");

    /// <summary>Control characters other than tab, line feed, carriage return and form feed.</summary>
    private static readonly System.Buffers.SearchValues<char> BinaryControls = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, 0xA0).Select(code => (char)code).Where(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f')).ToArray());

    /// <summary>Text where at least 1 % of the characters are such control characters is binary.</summary>
    private static bool LooksBinary(string text)
    {
        var span = text.AsSpan();
        var controls = 0;
        for (var index = span.IndexOfAny(BinaryControls); index >= 0; index = span.IndexOfAny(BinaryControls))
        {
            controls++;
            span = span[(index + 1)..];
        }
        return controls > 0 && controls * 100 >= text.Length;
    }
}
