using System.Text;
using System.Text.RegularExpressions;

namespace NatoCorpus.Input;

/// <summary>A stretch of mojibake repaired while decoding, on a 1-based line of the decoded text.</summary>
public sealed record MojibakeRepair(int Line, string From, string To);

/// <summary>
/// Repairs UTF-8 that was decoded as Windows-1252 once or twice ("DÃ©fense", "lâ€™OTAN"), in the spirit of ftfy.
/// Only sequences shaped like UTF-8 read as Windows-1252 (a lead byte's character then continuation bytes'
/// characters) are touched, and only when they decode to Latin letters or punctuation, so real French
/// ("voilà »") is left alone.
/// </summary>
public static partial class Mojibake
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static (string Text, IReadOnlyList<MojibakeRepair> Repairs) Repair(string text)
    {
        if (!Sequence().IsMatch(text))
        {
            return (text, []);
        }
        var repairs = new List<MojibakeRepair>();
        var result = Sequence().Replace(text, match =>
        {
            var repaired = match.Value;
            // Undoing twice repairs double encoding ("ÃƒÂ©" -> "Ã©" -> "é").
            for (var pass = 0; pass < 2 && TryUndo(repaired) is { } undone; pass++)
            {
                repaired = undone;
            }
            if (repaired != match.Value)
            {
                repairs.Add(new MojibakeRepair(text.AsSpan(0, match.Index).Count('\n') + 1, match.Value, repaired));
            }
            return repaired;
        });
        return (result, repairs);
    }

    private static string? TryUndo(string sequence)
    {
        var bytes = Windows1252.GetBytes(sequence);
        if (Windows1252.GetString(bytes) != sequence)
        {
            return null;
        }
        string decoded;
        try
        {
            decoded = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        return decoded.All(IsPlausible) ? decoded : null;
    }

    /// <summary>What French news text is made of: Latin letters, general punctuation, the euro sign, symbols and emoji.</summary>
    private static bool IsPlausible(char c) =>
        c is (>= '\u00A0' and <= '\u024F') or (>= '\u2000' and <= '\u206F') or '\u20AC' or '\u2122' || char.IsSurrogate(c);

    // A lead byte's character (C2-F4 read as Windows-1252) followed by the right number of continuation bytes'
    // characters (80-BF read as Windows-1252).
    private const string Continuation = @"[\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u017D\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178\u00A0-\u00BF]";

    [GeneratedRegex(@"(?:[\u00C2-\u00DF]" + Continuation + @"|[\u00E0-\u00EF]" + Continuation + "{2}|[\u00F0-\u00F4]" + Continuation + "{3})+", RegexOptions.CultureInvariant)]
    private static partial Regex Sequence();
}
