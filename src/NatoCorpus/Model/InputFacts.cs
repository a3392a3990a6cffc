namespace NatoCorpus.Model;

/// <summary>
/// What decoding found and repaired before any rule ran (encoding, byte-order mark, line endings, mojibake, an HTML
/// page read as its article text): the facts the input rules report, without handing rules the decoder itself.
/// </summary>
public sealed record InputFacts(
    string Encoding, bool HadByteOrderMark, int CrlfCount, int LoneCrCount, IReadOnlyList<EncodingRepairFact> Repairs, bool ExtractedFromHtml)
{
    /// <summary>A normalized Markdown file read back: UTF-8, LF, nothing repaired.</summary>
    public static InputFacts Clean { get; } = new("utf-8", false, 0, 0, [], false);
}
