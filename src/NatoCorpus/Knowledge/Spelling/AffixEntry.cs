namespace NatoCorpus.Knowledge.Spelling;

/// <summary>
/// One PFX or SFX line of a Hunspell affix file: strip these characters from the root, append those, when the
/// root starts (prefix) or ends (suffix) with what the condition allows; the appended form may carry flags of its
/// own (continuation classes: a prefix allowed on this suffixed form, a second suffix, NEEDAFFIX).
/// </summary>
internal sealed class AffixEntry(int flag, bool isPrefix, bool crossProduct, string strip, string append, AffixCondition condition, int[] continuation)
{
    public int Flag { get; } = flag;
    public bool IsPrefix { get; } = isPrefix;

    /// <summary>"Y" in the header: the affix combines with an affix of the other side.</summary>
    public bool CrossProduct { get; } = crossProduct;
    public string Strip { get; } = strip;
    public string Append { get; } = append;
    public AffixCondition Condition { get; } = condition;

    /// <summary>Sorted flags of the affixed form.</summary>
    public int[] Continuation { get; } = continuation;

    public bool Continues(int flag) => flag != 0 && FlagSet.Has(Continuation, flag);
}

/// <summary>
/// An affix condition ("[^cg]er", "[aeoœ]u", "."): one element per character of the root's edge, each a set of
/// characters, its complement, or any character. Hunspell's own reader counts elements, as here.
/// </summary>
internal sealed class AffixCondition
{
    private readonly string?[] _sets;
    private readonly bool[] _negated;

    private AffixCondition(string?[] sets, bool[] negated)
    {
        _sets = sets;
        _negated = negated;
    }

    public static AffixCondition Any { get; } = new([], []);

    public int Length => _sets.Length;

    public static AffixCondition Parse(string text)
    {
        if (text == ".")
        {
            return Any;
        }
        var sets = new List<string?>();
        var negated = new List<bool>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '[')
            {
                var end = text.IndexOf(']', i + 1);
                if (end < 0)
                {
                    throw new FormatException($"unclosed bracket in condition '{text}'");
                }
                var negate = i + 1 < end && text[i + 1] == '^';
                sets.Add(text[(i + (negate ? 2 : 1))..end]);
                negated.Add(negate);
                i = end;
            }
            else
            {
                sets.Add(text[i] == '.' ? null : text[i].ToString());
                negated.Add(false);
            }
        }
        return new AffixCondition([.. sets], [.. negated]);
    }

    /// <summary>Whether the first characters of <paramref name="root"/> meet the condition (prefixes).</summary>
    public bool MatchesStart(ReadOnlySpan<char> root)
    {
        if (root.Length < _sets.Length)
        {
            return false;
        }
        for (var i = 0; i < _sets.Length; i++)
        {
            if (!Allows(i, root[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether the last characters of <paramref name="root"/> meet the condition (suffixes).</summary>
    public bool MatchesEnd(ReadOnlySpan<char> root)
    {
        var offset = root.Length - _sets.Length;
        if (offset < 0)
        {
            return false;
        }
        for (var i = 0; i < _sets.Length; i++)
        {
            if (!Allows(i, root[offset + i]))
            {
                return false;
            }
        }
        return true;
    }

    private bool Allows(int element, char c)
    {
        var set = _sets[element];
        return set is null || set.Contains(c, StringComparison.Ordinal) != _negated[element];
    }
}

/// <summary>Flags as sorted integer arrays: a word carries a handful, so a linear look is the fastest test.</summary>
internal static class FlagSet
{
    public static bool Has(int[] flags, int flag)
    {
        foreach (var candidate in flags)
        {
            if (candidate == flag)
            {
                return true;
            }
            if (candidate > flag)
            {
                return false;
            }
        }
        return false;
    }
}
