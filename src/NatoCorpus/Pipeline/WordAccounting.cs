using System.Globalization;
using System.Text;
using NatoCorpus.Text;
using NatoCorpus.Rules;

namespace NatoCorpus.Pipeline;

/// <summary>
/// The "nothing is lost" check: every word of the decoded raw text (as many times as it occurs) must be in the
/// output, in the body or the front matter (title, header lines, embeds, corrections' "from").
/// </summary>
public static class WordAccounting
{
    public static readonly RuleDescriptor Descriptor = new(
        "NC901", "lost-words", "Internal check: normalize would lose words of the raw text", RuleCategory.Structure, Severity.Error, null);

    /// <summary>Words of <paramref name="raw"/> missing from <paramref name="output"/>, with how many are missing.</summary>
    public static IReadOnlyDictionary<string, int> Missing(string raw, string output)
    {
        var available = Count(output);
        var missing = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, count) in Count(raw))
        {
            var shortBy = count - available.GetValueOrDefault(word);
            if (shortBy > 0)
            {
                missing[word] = shortBy;
            }
        }
        return missing;
    }

    private static Dictionary<string, int> Count(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in Words.In(Visible(text)))
        {
            // Only a word seen for the first time allocates its string.
            lookup[word] = lookup.TryGetValue(word, out var count) ? count + 1 : 1;
        }
        return counts;
    }

    /// <summary>NFC, without invisible format characters (soft hyphen, zero-width space), which split nothing a reader sees.</summary>
    private static string Visible(string text)
    {
        if (!text.IsNormalized(NormalizationForm.FormC))
        {
            text = text.Normalize(NormalizationForm.FormC);
        }
        if (!text.AsSpan().ContainsAny(FormatCharacters))
        {
            return text;
        }
        var visible = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                visible.Append(c);
            }
        }
        return visible.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> FormatCharacters = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, 0x10000).Select(code => (char)code).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format).ToArray());
}
