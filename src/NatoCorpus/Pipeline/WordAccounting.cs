using System.Globalization;
using System.Text;
using NatoCorpus.Parsing;
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
        // Invisible format characters (soft hyphen, zero-width space) split nothing a reader sees.
        var visible = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                visible.Append(c);
            }
        }
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in DocumentParser.Words(visible.ToString()))
        {
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }
        return counts;
    }
}
