using System.Text.RegularExpressions;

namespace NatoCorpus.Knowledge;

/// <summary>
/// Named patterns checked in order, with one union of the line-anchored ones ("^…") in front: most lines are
/// article text that no pattern matches, and one anchored scan tells so where twenty separate calls would each pay
/// a regex's fixed cost. A line the union matches is tried against each pattern in order, so the first match is
/// the one it always was; patterns that search anywhere in a line are tried one by one.
/// </summary>
public sealed class PatternSet
{
    private readonly AdaptiveRegex _anchored;
    private readonly bool[] _isAnchored;

    public PatternSet(IReadOnlyList<NamedPattern> patterns)
    {
        Patterns = patterns;
        _isAnchored = patterns.Select(pattern => pattern.Pattern.ToString().StartsWith('^')).ToArray();
        var anchored = patterns.Where((_, i) => _isAnchored[i]).Select(pattern => $"(?:{pattern.Pattern.ToString()[1..]})").ToArray();
        _anchored = new AdaptiveRegex(
            anchored.Length == 0 ? "(?!)" : $"^(?:{string.Join("|", anchored)})",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, CorpusKnowledge.RegexTimeout);
    }

    public IReadOnlyList<NamedPattern> Patterns { get; }

    /// <summary>The longest line any pattern looks at, patterns without `max_chars` looking up to <paramref name="defaultMax"/>.</summary>
    public int LongestLine(int defaultMax) => Patterns.Count == 0 ? 0 : Patterns.Max(pattern => pattern.MaxChars ?? defaultMax);

    /// <summary>
    /// The first pattern, in order, that matches <paramref name="line"/> (of <paramref name="chars"/> characters);
    /// null if none. A pattern without `max_chars` looks at lines up to <paramref name="defaultMax"/> characters.
    /// </summary>
    public NamedPattern? FirstMatch(string line, int chars, int defaultMax = int.MaxValue)
    {
        var anchoredHit = _anchored.IsMatch(line);
        for (var i = 0; i < Patterns.Count; i++)
        {
            var pattern = Patterns[i];
            if ((_isAnchored[i] && !anchoredHit) || chars > (pattern.MaxChars ?? defaultMax))
            {
                continue;
            }
            if (pattern.Pattern.IsMatch(line))
            {
                return pattern;
            }
        }
        return null;
    }
}
