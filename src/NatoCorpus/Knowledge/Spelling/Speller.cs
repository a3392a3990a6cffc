using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace NatoCorpus.Knowledge.Spelling;

/// <summary>
/// What the spelling rule asks: is a word known (the shipped dictionary, read lazily, plus the `words:` accept
/// lists of the data files), and what are the likeliest corrections of an unknown one. Answers are memoized per
/// instance (one per loaded knowledge), so a word seen in a thousand texts is looked up once.
/// </summary>
/// <param name="glueWords">
/// Short function words that get glued to the next word ("lesommet", "dansle"): a split at one of them is a cheap
/// correction. Empty by default.
/// </param>
public sealed class Speller(FrozenSet<string> acceptedWords, Func<HunspellDictionary> dictionary, FrozenSet<string>? glueWords = null)
{
    private readonly FrozenSet<string> _glueWords = glueWords ?? FrozenSet<string>.Empty;

    /// <summary>Beyond this many distinct words the memo stops growing (memory stays flat on huge corpora).</summary>
    private const int MemoLimit = 200_000;

    private const int MaxLookups = 500;

    private const string Vowels = "aeiouyàâäéèêëîïôöùûüÿœæh";

    private readonly ConcurrentDictionary<string, bool> _known = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<Suggestion>> _suggestions = new(StringComparer.Ordinal);

    /// <summary>House spellings accepted as written or in lower case ("Iraq", "iraquien").</summary>
    public FrozenSet<string> AcceptedWords { get; } = acceptedWords;

    private HunspellDictionary Dictionary => dictionary();

    public bool IsAccepted(string word) => AcceptedWords.Contains(word) || AcceptedWords.Contains(word.ToLowerInvariant());

    /// <summary>Whether the word is right: accepted by the house list, or by the dictionary (with its case and break rules).</summary>
    public bool IsKnown(string word)
    {
        if (_known.TryGetValue(word, out var known))
        {
            return known;
        }
        known = IsAccepted(word) || Dictionary.Check(word) || (word.Contains('-', StringComparison.Ordinal) && word.Split('-').All(part => part.Length > 0
            && (IsAccepted(part) || Dictionary.Check(part))));
        if (_known.Count < MemoLimit)
        {
            _known[word] = known;
        }
        return known;
    }

    /// <summary>Whether the word as written is accepted or one form of the dictionary, its hyphens not read as breaks.</summary>
    public bool IsForm(string word) => IsAccepted(word) || Dictionary.IsForm(word);

    /// <summary>A ranked correction: lower cost first.</summary>
    public sealed record Suggestion(string Word, double Cost);

    /// <summary>
    /// Known words near <paramref name="word"/>, cheapest first: accents (e/é, a/à, c/ç…) cost least, then a missing
    /// elision apostrophe, doubled or single letters, a vowel for a vowel, look-alike or neighbouring keys, then any
    /// one edit. The case of the word as written is kept.
    /// </summary>
    public IReadOnlyList<Suggestion> Suggest(string word, int max = 5) => Suggest(word, max, null);

    /// <summary>
    /// Suggestions among <paramref name="only"/> (words the text writes, say): candidates are filtered before the
    /// dictionary is asked, so looking for a near word costs little.
    /// </summary>
    public IReadOnlyList<Suggestion> Suggest(string word, int max, Func<string, bool>? only)
    {
        var key = word + "\u0001" + max.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (only is null && _suggestions.TryGetValue(key, out var cached))
        {
            return cached;
        }
        var lower = word.ToLowerInvariant();
        var kind = HunspellDictionary.CaseOf(word);
        var costs = new Dictionary<string, double>(StringComparer.Ordinal);
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        var asked = 0;
        // Cheapest first (a stable sort keeps the generation order among equals), so the cap cuts the least likely.
        foreach (var (candidate, cost, capped) in Candidates(lower).OrderBy(pair => pair.Cost))
        {
            // Candidates are tried cheapest first (accents, elision, doubled letters, vowels, then any edit): past this many
            // questions to the dictionary, what is left is not worth the time of a whole corpus. The few deletions,
            // swaps and splits (two per letter) are always tried: "allianxce" must find "alliance".
            if (capped && only is null && ++asked > MaxLookups)
            {
                continue;
            }
            if (candidate == lower || candidate.Length == 0 || (costs.TryGetValue(candidate, out var seen) && seen <= cost))
            {
                continue;
            }
            var cased = Recase(candidate, kind);
            // The dictionary is asked directly: thousands of candidates must not fill the memo of IsKnown.
            if ((only is null || only(cased)) && IsCandidateKnown(cased) && !Dictionary.IsNoSuggest(candidate))
            {
                costs[candidate] = cost;
                order.TryAdd(candidate, order.Count);
            }
        }
        // Among equally cheap corrections the one generated first wins: letters are tried in TRY order, the
        // dictionary's letter frequency, so "présidnt" gets "président" before "présidant".
        var result = costs.OrderBy(pair => pair.Value).ThenBy(pair => order[pair.Key]).Take(max)
            .Select(pair => new Suggestion(Dictionary.ToOutput(Recase(pair.Key, kind)), pair.Value)).ToList();
        if (only is null && _suggestions.Count < MemoLimit)
        {
            _suggestions[key] = result;
        }
        return result;
    }

    /// <summary>A candidate the dictionary accepts; a split one ("le sommet") when each word is.</summary>
    private bool IsCandidateKnown(string cased) =>
        cased.Contains(' ', StringComparison.Ordinal)
            ? cased.Split(' ').All(part => IsAccepted(part) || Dictionary.Check(part))
            : IsAccepted(cased) || Dictionary.Check(cased);

    private static string Recase(string lower, HunspellDictionary.CaseKind kind) => kind switch
    {
        HunspellDictionary.CaseKind.AllCap => lower.ToUpperInvariant(),
        HunspellDictionary.CaseKind.InitCap or HunspellDictionary.CaseKind.HuhInitCap => HunspellDictionary.InitialCapital(lower),
        _ => lower,
    };

    private IEnumerable<(string Candidate, double Cost, bool Capped)> Candidates(string word)
    {
        // Accents: every combination of the MAP groups' letters, cheapest for one change.
        foreach (var (variant, changes) in AccentVariants(word))
        {
            yield return (variant, 0.3 * changes, false);
        }
        // A missing elision apostrophe: "dannoncer" → "d'annoncer", "quil" → "qu'il".
        foreach (var elided in new[] { "qu", "d", "l", "j", "m", "n", "s", "t", "c" })
        {
            if (word.Length > elided.Length + 1 && word.StartsWith(elided, StringComparison.Ordinal) && Vowels.Contains(word[elided.Length],
                StringComparison.Ordinal))
            {
                yield return (elided + "'" + word[elided.Length..], 0.4, false);
            }
        }
        // Two words glued: "lesommet" → "le sommet". Cheap when one side is a function word that gets glued, dear
        // otherwise (two long words run together are rarer than a slip inside one).
        for (var i = 2; i <= word.Length - 2; i++)
        {
            var (left, right) = (word[..i], word[i..]);
            // A function word before ("lesommet", "dansle") is the common case; one after only ("défens se") must
            // not beat a doubled letter ("défensse").
            yield return (left + " " + right, _glueWords.Contains(left) ? 0.5 : _glueWords.Contains(right) ? 0.65 : 1.1, false);
        }
        foreach (var (from, to) in Dictionary.Replacements)
        {
            if (from.StartsWith('^') || from.EndsWith('$'))
            {
                continue;
            }
            for (var at = word.IndexOf(from, StringComparison.Ordinal); at >= 0; at = word.IndexOf(from, at + 1, StringComparison.Ordinal))
            {
                yield return (string.Concat(word.AsSpan(0, at), to, word.AsSpan(at + from.Length)), 0.6, false);
            }
        }
        var letters = LowerTryLetters();
        for (var i = 0; i < word.Length; i++)
        {
            // A letter too many: doubled ("miliitaire") or next to its twin ("sécuritée") costs less, then one struck
            // with its keyboard neighbour ("allianxce"), then any.
            yield return (word.Remove(i, 1), DeletionCost(word, i), false);
            // Two letters swapped.
            if (i + 1 < word.Length && word[i] != word[i + 1])
            {
                yield return (string.Concat(word.AsSpan(0, i), word[i + 1].ToString(), word[i].ToString(), word.AsSpan(i + 2)), 0.7, false);
            }
            foreach (var c in letters)
            {
                if (c != word[i])
                {
                    yield return (string.Concat(word.AsSpan(0, i), c.ToString(), word.AsSpan(i + 1)), SubstitutionCost(word[i], c), true);
                }
            }
        }
        for (var i = 0; i <= word.Length; i++)
        {
            foreach (var c in letters)
            {
                // A letter missing: a doubled one costs least ("milliaire" is rarer than "enemi"), then a vowel (the
                // commonest letter dropped: "secrétair", "présidnt"), then any other.
                var doubled = (i > 0 && word[i - 1] == c) || (i < word.Length && word[i] == c);
                yield return (string.Concat(word.AsSpan(0, i), c.ToString(), word.AsSpan(i)), doubled ? 0.6 : Vowels.Contains(c, StringComparison.Ordinal)
                    && c != 'h' ? 0.75 : 1.0, true);
            }
        }
    }

    private double DeletionCost(string word, int i)
    {
        var c = word[i];
        if ((i > 0 && (word[i - 1] == c || SameBaseLetter(word[i - 1], c))) || (i + 1 < word.Length && SameBaseLetter(word[i + 1], c)))
        {
            return 0.6;
        }
        return (i > 0 && Neighbours(word[i - 1], c)) || (i + 1 < word.Length && Neighbours(word[i + 1], c)) ? 0.8 : 1.0;
    }

    private string? _lowerTryLetters;

    /// <summary>
    /// The lower-case letters of TRY (most frequent first) up to the rare ones: a slip on "ÿ" or "ñ" is not worth
    /// a thousand lookups per word; accents are tried apart, through the MAP groups.
    /// </summary>
    private string LowerTryLetters() => _lowerTryLetters ??= new string(Dictionary.TryCharacters.Where(char.IsLower).Distinct().Take(34).ToArray());

    /// <summary>
    /// A vowel for a vowel is the commonest slip in French ("avair"); then look-alike letters (l/i, n/u) and
    /// neighbouring keys (KEY rows); any other letter costs a full edit.
    /// </summary>
    private double SubstitutionCost(char from, char to)
    {
        if (SameBaseLetter(from, to))
        {
            return 0.3;
        }
        if (Vowels.Contains(from, StringComparison.Ordinal) && Vowels.Contains(to, StringComparison.Ordinal) && from != 'h' && to != 'h')
        {
            return 0.6;
        }
        if (LookAlike.Contains($"{from}{to}", StringComparison.Ordinal))
        {
            return 0.7;
        }
        return Neighbours(from, to) ? 0.8 : 1.0;
    }

    private const string LookAlike = "li il nu un rn nr ce ec ij ji";

    private bool Neighbours(char a, char b)
    {
        foreach (var row in Dictionary.KeyboardRows.Split('|'))
        {
            for (var i = 0; i + 1 < row.Length; i++)
            {
                if ((row[i] == a && row[i + 1] == b) || (row[i] == b && row[i + 1] == a))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private bool SameBaseLetter(char a, char b) =>
        Dictionary.MapGroups.Any(group => group.Contains(a, StringComparison.Ordinal) && group.Contains(b, StringComparison.Ordinal)
            && char.IsLower(a) == char.IsLower(b));

    /// <summary>The word with some letters exchanged for others of their MAP group, at most 256 variants.</summary>
    private IEnumerable<(string Variant, int Changes)> AccentVariants(string word)
    {
        var options = word.Select(c => Dictionary.MapGroups.FirstOrDefault(group => group.Length > 2 && group.Contains(c, StringComparison.Ordinal))
            ?.Where(other => other != c && char.IsLower(other) == char.IsLower(c) && other != 'y').ToArray() ?? []).ToArray();
        var results = new List<(string, int)> { (word, 0) };
        for (var i = 0; i < word.Length && results.Count < 256; i++)
        {
            if (options[i].Length == 0)
            {
                continue;
            }
            var next = new List<(string, int)>(results);
            foreach (var (variant, changes) in results)
            {
                foreach (var other in options[i])
                {
                    next.Add((string.Concat(variant.AsSpan(0, i), other.ToString(), variant.AsSpan(i + 1)), changes + 1));
                }
            }
            results = next;
        }
        return results.Where(pair => pair.Item2 > 0);
    }
}
