using System.Globalization;
using System.Text;

namespace NatoCorpus.Knowledge.Spelling;

/// <summary>
/// A Hunspell dictionary (.aff + .dic) read in managed code: words are checked as Hunspell checks them, by
/// stripping affixes on demand (prefix, suffix, prefix with suffix, two suffixes) and looking the root up, so the
/// millions of inflected French forms are never expanded. Case rules (a capitalized or all-caps word may be a
/// lower-case entry, unless KEEPCASE), ICONV (’ read as '), numbers and BREAK points (hyphenated compounds, "-t-il")
/// follow Hunspell 1.7. Immutable once loaded: safe to share across threads.
/// </summary>
public sealed class HunspellDictionary
{
    private const int MaxWordLength = 100;
    private const int CrossProduct = 1;

    private readonly AffixFile _aff;
    private readonly Dictionary<string, int[][]> _words;
    private readonly Dictionary<string, int[][]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    // Affixes grouped by what they append: a word's possible affixes are found by looking up its first or last
    // 0..n characters, a handful of hash lookups instead of a scan of thousands of rules.
    private readonly Dictionary<string, AffixEntry[]>.AlternateLookup<ReadOnlySpan<char>> _prefixesByAppend;
    private readonly Dictionary<string, AffixEntry[]>.AlternateLookup<ReadOnlySpan<char>> _suffixesByAppend;
    private readonly int _longestPrefix;
    private readonly int _longestSuffix;
    private readonly int _longestStrip;

    /// <summary>Flags some affix's continuation names: only those suffixes can be the outer one of two.</summary>
    private readonly HashSet<int> _continuationFlags;

    private readonly System.Buffers.SearchValues<char> _conversionStarts;

    private HunspellDictionary(AffixFile aff, Dictionary<string, int[][]> words)
    {
        _aff = aff;
        _words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixesByAppend = aff.Prefixes.GroupBy(entry => entry.Append, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        // Within a group, equal strips side by side: the root they leave is built and looked up once.
        _suffixesByAppend = aff.Suffixes.GroupBy(entry => entry.Append, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.OrderBy(entry => entry.Strip, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _longestStrip = aff.Suffixes.Select(entry => entry.Strip.Length).DefaultIfEmpty(0).Max();
        _longestPrefix = aff.Prefixes.Select(entry => entry.Append.Length).DefaultIfEmpty(0).Max();
        _longestSuffix = aff.Suffixes.Select(entry => entry.Append.Length).DefaultIfEmpty(0).Max();
        _conversionStarts = System.Buffers.SearchValues.Create([.. aff.InputConversions.Where(pair => pair.From.Length > 0).Select(pair => pair.From[0]).Distinct()]);
        _continuationFlags = [.. aff.Prefixes.Concat(aff.Suffixes).SelectMany(entry => entry.Continuation)];
    }

    /// <summary>Root entries (homonyms counted once).</summary>
    public int RootCount => _words.Count;

    /// <summary>TRY: the characters suggestions insert or substitute, most frequent first.</summary>
    public string TryCharacters => _aff.TryCharacters;

    /// <summary>REP: replacements for common misspellings ("f" / "ph").</summary>
    public IReadOnlyList<(string From, string To)> Replacements => _aff.Replacements;

    /// <summary>MAP: groups of related characters (a, à, â, ä…).</summary>
    public IReadOnlyList<string> MapGroups => _aff.MapGroups;

    /// <summary>KEY: neighbouring keys, rows separated by "|".</summary>
    public string KeyboardRows => _aff.KeyboardRows;

    /// <summary>OCONV: how a word is written out (' → ’ in the French dictionary).</summary>
    public string ToOutput(string word) => Convert(word, _aff.OutputConversions);

    public static HunspellDictionary Load(TextReader affix, TextReader dictionary)
    {
        var aff = AffixFile.Parse(affix);
        var words = new Dictionary<string, int[][]>(StringComparer.Ordinal);
        var first = dictionary.ReadLine();
        string? line;
        while ((line = dictionary.ReadLine()) is not null)
        {
            var (word, flags) = SplitEntry(line, aff);
            if (word.Length == 0)
            {
                continue;
            }
            Add(words, word, flags);
            // Hunspell keeps a hidden capitalized form of mixed-case and affixed all-caps words, so that the
            // all-caps "OTAN" and "L'OTAN"-like forms are found ("Otan", only for words not typed as "Otan").
            var kind = CaseOf(word);
            if ((kind is CaseKind.HuhCap or CaseKind.HuhInitCap || (kind == CaseKind.AllCap && flags.Length > 0))
                && !(aff.ForbiddenWord != 0 && FlagSet.Has(flags, aff.ForbiddenWord)))
            {
                int[] hidden = [.. flags, AffixFile.OnlyUpperCaseFlag];
                Array.Sort(hidden);
                Add(words, InitialCapital(word.ToLowerInvariant()), hidden);
            }
        }
        _ = first;
        return new HunspellDictionary(aff, words);
    }

    private static void Add(Dictionary<string, int[][]> words, string word, int[] flags) =>
        words[word] = words.TryGetValue(word, out var homonyms) ? [.. homonyms, flags] : [flags];

    /// <summary>A .dic line: the word (a "\/" is a slash in it), its flags after "/", morphology after a tab or " xx:".</summary>
    private static (string Word, int[] Flags) SplitEntry(string line, AffixFile aff)
    {
        var end = line.Length;
        for (var colon = line.IndexOf(':', StringComparison.Ordinal); colon >= 0; colon = line.IndexOf(':', colon + 1))
        {
            if (colon > 3 && line[colon - 3] is ' ' or '\t')
            {
                end = colon - 3;
                break;
            }
        }
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        if (tab >= 0 && tab < end)
        {
            end = tab;
        }
        var entry = line[..end].TrimEnd(' ', '\t');
        var slash = entry.IndexOf('/', 1);
        while (slash > 0 && entry[slash - 1] == '\\')
        {
            entry = entry.Remove(slash - 1, 1);
            slash = entry.IndexOf('/', slash);
        }
        if (slash < 0)
        {
            return (entry, []);
        }
        var flags = aff.ParseFlags(entry[(slash + 1)..]);
        Array.Sort(flags);
        return (entry[..slash], flags);
    }

    /// <summary>Whether Hunspell would accept <paramref name="word"/> (one token, no surrounding punctuation).</summary>
    public bool Check(string word) => Spell(word, 0);

    /// <summary>
    /// Whether the word, as written, is one form of the dictionary, without BREAK points: "porte-avions" is, "com-mandement"
    /// is not (Check accepts it, each part being a word).
    /// </summary>
    public bool IsForm(string word)
    {
        var forbidden = false;
        var converted = word.AsSpan().IndexOfAny(_conversionStarts) < 0 ? word : Convert(word, _aff.InputConversions);
        return CheckWord(converted, false, ref forbidden) is not null && !forbidden;
    }

    /// <summary>Whether the word is a dictionary root or form marked not to be suggested (NOSUGGEST).</summary>
    public bool IsNoSuggest(string word) =>
        _aff.NoSuggest != 0 && _lookup.TryGetValue(word, out var homonyms) && homonyms.All(flags => FlagSet.Has(flags, _aff.NoSuggest));

    private bool Spell(string input, int depth)
    {
        if (input.Length == 0 || input.Length > MaxWordLength || depth > 10)
        {
            return false;
        }
        // Most words hold no character ICONV converts (’, ligatures, decomposed accents): skip the table for them.
        var converted = input.AsSpan().IndexOfAny(_conversionStarts) < 0 ? input : Convert(input, _aff.InputConversions);
        var start = 0;
        while (start < converted.Length && converted[start] == ' ')
        {
            start++;
        }
        var end = converted.Length;
        var abbreviation = false;
        while (end > start && converted[end - 1] == '.')
        {
            end--;
            abbreviation = true;
        }
        if (end <= start)
        {
            return false;
        }
        var word = converted[start..end];
        if (IsNumber(word))
        {
            return true;
        }
        var kind = CaseOf(word);
        var forbidden = false;
        int[]? found = null;
        var breakWord = word;
        if (kind is CaseKind.NoCap or CaseKind.HuhCap or CaseKind.HuhInitCap)
        {
            found = CheckWord(word, false, ref forbidden);
            if (found is null && abbreviation)
            {
                found = CheckWord(word + ".", false, ref forbidden);
            }
        }
        else
        {
            var done = false;
            if (kind == CaseKind.AllCap)
            {
                found = CheckWord(word, false, ref forbidden) ?? (abbreviation ? CheckWord(word + ".", false, ref forbidden) : null);
                done = found is not null;
                // Elided all-caps words: "L'ORGANISATION" is "l'Organisation" or "L'Organisation".
                var apostrophe = word.IndexOf('\'', StringComparison.Ordinal);
                if (!done && apostrophe >= 0 && apostrophe < word.Length - 1)
                {
                    var lower = word.ToLowerInvariant();
                    var mixed = lower[..(apostrophe + 1)] + InitialCapital(lower[(apostrophe + 1)..]);
                    found = CheckWord(mixed, false, ref forbidden) ?? CheckWord(InitialCapital(mixed), false, ref forbidden);
                    done = found is not null;
                }
                breakWord = InitialCapital(word.ToLowerInvariant());
            }
            if (!done)
            {
                var capitalized = kind == CaseKind.AllCap ? breakWord : word;
                found = CheckWord(capitalized, kind == CaseKind.InitCap, ref forbidden);
                if (forbidden)
                {
                    found = null;
                }
                else
                {
                    if (found is not null && kind == CaseKind.AllCap && IsKeepCase(found))
                    {
                        found = null;
                    }
                    if (found is null)
                    {
                        var lower = capitalized.ToLowerInvariant();
                        found = CheckWord(lower, false, ref forbidden);
                        var keepCaseTest = true;
                        if (found is null && abbreviation)
                        {
                            found = CheckWord(lower + ".", false, ref forbidden);
                            if (found is null)
                            {
                                found = CheckWord(word + ".", kind == CaseKind.InitCap, ref forbidden);
                                if (found is not null && IsKeepCase(found) && kind == CaseKind.AllCap)
                                {
                                    found = null;
                                }
                                keepCaseTest = false;
                            }
                        }
                        // A KEEPCASE word ("pH") is only right as written.
                        if (keepCaseTest && found is not null && IsKeepCase(found))
                        {
                            found = null;
                        }
                    }
                }
            }
        }
        if (found is not null)
        {
            return true;
        }
        return !forbidden && SpellBroken(breakWord, depth);
    }

    /// <summary>BREAK: a word made of correct parts at break points ("-", "'" at an edge) is correct.</summary>
    private bool SpellBroken(string word, int depth)
    {
        var patterns = _aff.BreakPatterns;
        if (patterns.Count == 0)
        {
            return false;
        }
        var breaks = 0;
        foreach (var pattern in patterns)
        {
            for (var at = word.IndexOf(pattern, StringComparison.Ordinal); at >= 0; at = word.IndexOf(pattern, at + 1, StringComparison.Ordinal))
            {
                breaks++;
            }
        }
        if (breaks >= 10)
        {
            return false;
        }
        var length = word.Length;
        foreach (var pattern in patterns)
        {
            var plen = pattern.Length;
            if (plen == 1 || plen > length)
            {
                continue;
            }
            if (pattern[0] == '^' && word.StartsWith(pattern[1..], StringComparison.Ordinal) && Spell(word[(plen - 1)..], depth + 1))
            {
                return true;
            }
            if (pattern[^1] == '$' && word.EndsWith(pattern[..^1], StringComparison.Ordinal) && Spell(word[..(length - plen + 1)], depth + 1))
            {
                return true;
            }
        }
        // At the second occurrence first (so a dictionary word holding the break character is seen whole), then at the first.
        foreach (var second in new[] { true, false })
        {
            foreach (var pattern in patterns)
            {
                var plen = pattern.Length;
                var found = word.IndexOf(pattern, StringComparison.Ordinal);
                if (found <= 0 || found >= length - plen)
                {
                    continue;
                }
                if (second)
                {
                    var next = word.IndexOf(pattern, found + 1, StringComparison.Ordinal);
                    if (next > 0 && next < length - plen)
                    {
                        found = next;
                    }
                }
                if (Spell(word[(found + plen)..], depth + 1) && Spell(word[..found], depth + 1))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Digits with single separators (",", ".", "-") between them: "1.000", "2-3".</summary>
    private static bool IsNumber(string word)
    {
        var sawDigit = false;
        var lastWasSeparator = false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c is >= '0' and <= '9')
            {
                sawDigit = true;
                lastWasSeparator = false;
            }
            else if (c is ',' or '.' or '-')
            {
                if (lastWasSeparator || i == 0)
                {
                    return false;
                }
                lastWasSeparator = true;
            }
            else
            {
                return false;
            }
        }
        return sawDigit && !lastWasSeparator;
    }

    private bool IsKeepCase(int[] flags) => _aff.KeepCase != 0 && FlagSet.Has(flags, _aff.KeepCase);

    private bool HasFlag(int[] flags, int flag) => flag != 0 && FlagSet.Has(flags, flag);

    /// <summary>A word as written, or through its affixes; null when unknown or forbidden.</summary>
    private int[]? CheckWord(string word, bool initialCapitalInput, ref bool forbidden)
    {
        if (_lookup.TryGetValue(word, out var homonyms))
        {
            if (HasFlag(homonyms[0], _aff.ForbiddenWord))
            {
                forbidden = true;
                return null;
            }
            foreach (var flags in homonyms)
            {
                if (!HasFlag(flags, _aff.NeedAffix) && !HasFlag(flags, _aff.OnlyInCompound)
                    && !(initialCapitalInput && HasFlag(flags, AffixFile.OnlyUpperCaseFlag)))
                {
                    return flags;
                }
            }
        }
        var root = AffixCheck(word);
        if (root is not null && (HasFlag(root, _aff.OnlyInCompound) || (initialCapitalInput && HasFlag(root, AffixFile.OnlyUpperCaseFlag))))
        {
            root = null;
        }
        if (root is not null && HasFlag(root, _aff.ForbiddenWord))
        {
            forbidden = true;
            return null;
        }
        return root;
    }

    private int[]? AffixCheck(ReadOnlySpan<char> word)
    {
        return PrefixCheck(word)
            ?? SuffixCheck(word, 0, null, [])
            ?? SuffixCheckTwoSuffixes(word, 0, null)
            ?? PrefixCheckTwoSuffixes(word);
    }

    /// <summary>The prefixes whose appended text starts <paramref name="word"/> (the empty ones first), by length.</summary>
    private AffixEntry[]? PrefixesOfLength(ReadOnlySpan<char> word, int length) =>
        length <= word.Length && _prefixesByAppend.TryGetValue(word[..length], out var group) ? group : null;

    private AffixEntry[]? SuffixesOfLength(ReadOnlySpan<char> word, int length) =>
        length <= word.Length && _suffixesByAppend.TryGetValue(word[(word.Length - length)..], out var group) ? group : null;

    private int[]? PrefixCheck(ReadOnlySpan<char> word)
    {
        for (var length = 0; length <= _longestPrefix; length++)
        {
            foreach (var prefix in PrefixesOfLength(word, length) ?? [])
            {
                if (prefix.Continues(_aff.OnlyInCompound))
                {
                    continue;
                }
                if (PrefixCheckWord(prefix, word) is { } found)
                {
                    return found;
                }
            }
        }
        return null;
    }

    private int[]? PrefixCheckWord(AffixEntry prefix, ReadOnlySpan<char> word)
    {
        var rest = word.Length - prefix.Append.Length;
        if (!(rest > 0 || (rest == 0 && _aff.FullStrip)))
        {
            return null;
        }
        Span<char> buffer = stackalloc char[prefix.Strip.Length + rest];
        prefix.Strip.AsSpan().CopyTo(buffer);
        word[prefix.Append.Length..].CopyTo(buffer[prefix.Strip.Length..]);
        if (!prefix.Condition.MatchesStart(buffer))
        {
            return null;
        }
        if (_lookup.TryGetValue(buffer, out var homonyms))
        {
            foreach (var flags in homonyms)
            {
                // A prefix whose continuation says NEEDAFFIX is not enough alone.
                if (FlagSet.Has(flags, prefix.Flag) && !prefix.Continues(_aff.NeedAffix))
                {
                    return flags;
                }
            }
        }
        return prefix.CrossProduct ? SuffixCheck(buffer, CrossProduct, prefix, []) : null;
    }

    /// <summary>
    /// The word as a root plus one suffix (crossed with <paramref name="prefix"/> when given). With
    /// <paramref name="continuationAny"/>, the suffix is the inner one of two and must allow one of those outer suffixes.
    /// </summary>
    private int[]? SuffixCheck(ReadOnlySpan<char> word, int options, AffixEntry? prefix, ReadOnlySpan<int> continuationAny)
    {
        Span<char> buffer = stackalloc char[word.Length + _longestStrip];
        for (var length = 0; length <= _longestSuffix && length <= word.Length; length++)
        {
            var group = SuffixesOfLength(word, length);
            if (group is null)
            {
                continue;
            }
            var rest = word.Length - length;
            if (!(rest > 0 || (rest == 0 && _aff.FullStrip)))
            {
                continue;
            }
            string? strip = null;
            int[][]? homonyms = null;
            var root = buffer;
            foreach (var suffix in group)
            {
                if ((continuationAny.Length > 0 && !ContinuesAny(suffix, continuationAny)) || !SuffixAllowed(suffix, prefix, continuationAny.Length > 0)
                    || ((options & CrossProduct) != 0 && !suffix.CrossProduct))
                {
                    continue;
                }
                if (!ReferenceEquals(strip, suffix.Strip) && strip != suffix.Strip)
                {
                    strip = suffix.Strip;
                    word[..rest].CopyTo(buffer);
                    strip.AsSpan().CopyTo(buffer[rest..]);
                    root = buffer[..(rest + strip.Length)];
                    homonyms = _lookup.TryGetValue(root, out var found) ? found : null;
                }
                if (homonyms is null || !suffix.Condition.MatchesEnd(root))
                {
                    continue;
                }
                foreach (var flags in homonyms)
                {
                    if ((FlagSet.Has(flags, suffix.Flag) || (prefix is not null && prefix.Continues(suffix.Flag)))
                        && ((options & CrossProduct) == 0 || (prefix is not null && (FlagSet.Has(flags, prefix.Flag) || suffix.Continues(prefix.Flag))))
                        && !HasFlag(flags, _aff.OnlyInCompound))
                    {
                        return flags;
                    }
                }
            }
        }
        return null;
    }

    private static bool ContinuesAny(AffixEntry suffix, ReadOnlySpan<int> flags)
    {
        foreach (var flag in flags)
        {
            if (suffix.Continues(flag))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Not an ONLYINCOMPOUND suffix; a NEEDAFFIX suffix only as the inner of two or with a prefix that is not NEEDAFFIX itself.</summary>
    private bool SuffixAllowed(AffixEntry suffix, AffixEntry? prefix, bool inner) =>
        !suffix.Continues(_aff.OnlyInCompound)
        && (inner || !suffix.Continues(_aff.NeedAffix) || (prefix is not null && !prefix.Continues(_aff.NeedAffix)));

    /// <summary>
    /// Two suffixes: the outer one stripped, the rest must be a root with an inner suffix whose continuation allows
    /// the outer one. Outer suffixes leaving the same rest are tried together, in one inner search.
    /// </summary>
    private int[]? SuffixCheckTwoSuffixes(ReadOnlySpan<char> word, int options, AffixEntry? prefix)
    {
        Span<char> buffer = stackalloc char[word.Length + _longestStrip];
        var plain = new List<int>();
        var crossed = new List<int>();
        for (var length = 0; length <= _longestSuffix && length <= word.Length; length++)
        {
            var group = SuffixesOfLength(word, length);
            var rest = word.Length - length;
            if (group is null || rest <= 0)
            {
                continue;
            }
            for (var i = 0; i < group.Length;)
            {
                var strip = group[i].Strip;
                word[..rest].CopyTo(buffer);
                strip.AsSpan().CopyTo(buffer[rest..]);
                var root = buffer[..(rest + strip.Length)];
                plain.Clear();
                crossed.Clear();
                for (; i < group.Length && group[i].Strip == strip; i++)
                {
                    var suffix = group[i];
                    if (!_continuationFlags.Contains(suffix.Flag) || ((options & CrossProduct) != 0 && !suffix.CrossProduct) || !suffix.Condition.MatchesEnd(root))
                    {
                        continue;
                    }
                    (prefix is not null && !suffix.Continues(prefix.Flag) ? crossed : plain).Add(suffix.Flag);
                }
                var found = plain.Count > 0 ? SuffixCheck(root, 0, null, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(plain)) : null;
                found ??= crossed.Count > 0 ? SuffixCheck(root, options, prefix, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(crossed)) : null;
                if (found is not null)
                {
                    return found;
                }
            }
        }
        return null;
    }

    private int[]? PrefixCheckTwoSuffixes(ReadOnlySpan<char> word)
    {
        for (var length = 0; length <= _longestPrefix; length++)
        {
            foreach (var prefix in PrefixesOfLength(word, length) ?? [])
            {
                if (!prefix.CrossProduct)
                {
                    continue;
                }
                if (PrefixCheckTwoSuffixesWord(prefix, word) is { } found)
                {
                    return found;
                }
            }
        }
        return null;
    }

    private int[]? PrefixCheckTwoSuffixesWord(AffixEntry prefix, ReadOnlySpan<char> word)
    {
        var rest = word.Length - prefix.Append.Length;
        if (!(rest > 0 || (rest == 0 && _aff.FullStrip)))
        {
            return null;
        }
        Span<char> buffer = stackalloc char[prefix.Strip.Length + rest];
        prefix.Strip.AsSpan().CopyTo(buffer);
        word[prefix.Append.Length..].CopyTo(buffer[prefix.Strip.Length..]);
        return prefix.Condition.MatchesStart(buffer) ? SuffixCheckTwoSuffixes(buffer, CrossProduct, prefix) : null;
    }

    private static string Convert(string word, List<(string From, string To)> table)
    {
        if (table.Count == 0)
        {
            return word;
        }
        StringBuilder? builder = null;
        for (var i = 0; i < word.Length;)
        {
            // The longest conversion that starts here, as Hunspell's RepList does.
            (string From, string To)? best = null;
            foreach (var pair in table)
            {
                if ((best is null || pair.From.Length > best.Value.From.Length) && word.AsSpan(i).StartsWith(pair.From, StringComparison.Ordinal))
                {
                    best = pair;
                }
            }
            if (best is { } chosen)
            {
                builder ??= new StringBuilder(word, 0, i, word.Length);
                builder.Append(chosen.To);
                i += chosen.From.Length;
            }
            else
            {
                builder?.Append(word[i]);
                i++;
            }
        }
        return builder?.ToString() ?? word;
    }

    internal enum CaseKind
    {
        NoCap,
        InitCap,
        AllCap,
        HuhCap,
        HuhInitCap,
    }

    /// <summary>Hunspell's capitalization types: neutral characters (apostrophe, hyphen) count with capitals for ALLCAP.</summary>
    internal static CaseKind CaseOf(ReadOnlySpan<char> word)
    {
        int capitals = 0, neutral = 0;
        foreach (var c in word)
        {
            var lower = char.ToLowerInvariant(c);
            if (c != lower)
            {
                capitals++;
            }
            if (char.ToUpperInvariant(c) == lower)
            {
                neutral++;
            }
        }
        if (capitals == 0)
        {
            return CaseKind.NoCap;
        }
        var first = word[0] != char.ToLowerInvariant(word[0]);
        if (capitals == 1 && first)
        {
            return CaseKind.InitCap;
        }
        if (capitals == word.Length || capitals + neutral == word.Length)
        {
            return CaseKind.AllCap;
        }
        return capitals > 1 && first ? CaseKind.HuhInitCap : CaseKind.HuhCap;
    }

    internal static string InitialCapital(string word) =>
        word.Length == 0 ? word : string.Create(word.Length, word, (span, source) =>
        {
            source.AsSpan().CopyTo(span);
            span[0] = char.ToUpperInvariant(span[0]);
        });

    /// <summary>For tests and diagnostics: how many affix rules were read.</summary>
    internal (int Prefixes, int Suffixes) AffixCounts => (_aff.Prefixes.Count, _aff.Suffixes.Count);

    internal static string Describe(HunspellDictionary dictionary) =>
        string.Create(CultureInfo.InvariantCulture, $"{dictionary.RootCount} roots, {dictionary.AffixCounts.Prefixes} prefix and {dictionary.AffixCounts.Suffixes} suffix rules");
}
