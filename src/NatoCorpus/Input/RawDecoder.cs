using System.Text;

namespace NatoCorpus.Input;

/// <summary>What decoding found out about the bytes, beyond the text itself.</summary>
public sealed record DecodedText(string Text, bool HadByteOrderMark, int CrlfCount, int LoneCrCount);

/// <summary>An input the tool refuses, with a reason a user can act on.</summary>
public sealed class InputRejectedException(string reason) : Exception(reason)
{
    public string Reason { get; } = reason;
}

/// <summary>Turns raw bytes into text: strict UTF-8, BOM dropped, CRLF and CR turned into LF.</summary>
public static class RawDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw new InputRejectedException("file is empty");
        }
        if (bytes.IndexOf((byte)0) >= 0)
        {
            throw new InputRejectedException("binary content (NUL byte): not a text file");
        }
        var hadBom = bytes.StartsWith(Encoding.UTF8.Preamble);
        if (hadBom)
        {
            bytes = bytes[3..];
        }
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException exception)
        {
            var offset = exception.Index >= 0 ? $" near byte {exception.Index + (hadBom ? 3 : 0)}" : "";
            throw new InputRejectedException($"not valid UTF-8{offset}");
        }
        var crlf = 0;
        var loneCr = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    crlf++;
                }
                else
                {
                    loneCr++;
                }
            }
        }
        text = Text.SourceText.NormalizeLineEndings(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputRejectedException("file holds only whitespace");
        }
        return new DecodedText(text, hadBom, crlf, loneCr);
    }
}
