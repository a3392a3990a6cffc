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
    public static RuleDescriptor Descriptor => InternalChecks.LostWords;

    /// <summary>Words of <paramref name="raw"/> missing from <paramref name="output"/>, with how many are missing.</summary>
    public static IReadOnlyDictionary<string, int> Missing(string raw, string output)
    {
        // One tally keyed by a 64-bit hash of each word: +1 for each word of the raw text, -1 for each word of the
        // output; what stays positive is missing. Hashing spans allocates nothing; a collision would need two
        // distinct words of one text to share 64 bits.
        var visibleRaw = Visible(raw);
        var tally = new Dictionary<ulong, (int Count, int Start, int Length)>(visibleRaw.Length / 8);
        var position = 0;
        foreach (var whole in Words.In(visibleRaw))
        {
            position = visibleRaw.AsSpan(position).IndexOf(whole) + position;
            var offset = 0;
            while (NextPart(whole, ref offset) is var (start, length) && length > 0)
            {
                var word = whole.Slice(start, length);
                ref var entry = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(tally, Hash(word), out var exists);
                entry = exists ? entry with { Count = entry.Count + 1 } : (1, position + start, length);
            }
            position += whole.Length;
        }
        foreach (var whole in Words.In(Visible(output)))
        {
            var offset = 0;
            while (NextPart(whole, ref offset) is var (start, length) && length > 0)
            {
                ref var entry = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(tally, Hash(whole.Slice(start, length)));
                if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref entry))
                {
                    entry.Count--;
                }
            }
        }
        var missing = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (count, start, length) in tally.Values)
        {
            if (count > 0)
            {
                missing[visibleRaw.Substring(start, length)] = count;
            }
        }
        return missing;
    }

    /// <summary>
    /// The next part of a word, split where a lower-case letter meets a capital: recognition splits a label glued to
    /// its text there ("AbonnéEn soixante-seize ans" is a furniture label and article text), so both sides of the
    /// tally count "Abonné" and "En". Returns a zero length when the word is used up.
    /// </summary>
    private static (int Start, int Length) NextPart(ReadOnlySpan<char> word, ref int offset)
    {
        if (offset >= word.Length)
        {
            return (offset, 0);
        }
        var start = offset;
        var end = start + 1;
        while (end < word.Length && !(char.IsLower(word[end - 1]) && char.IsUpper(word[end])))
        {
            end++;
        }
        offset = end;
        return (start, end - start);
    }

    /// <summary>FNV-1a over the UTF-16 code units.</summary>
    private static ulong Hash(ReadOnlySpan<char> word) => Words.Hash(word, ignoreCase: false);

    /// <summary>NFC, without invisible format characters (soft hyphen, zero-width space), which split nothing a reader sees.</summary>
    private static string Visible(string text)
    {
        text = Nfc.Compose(text);
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
