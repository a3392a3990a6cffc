using System.Text.RegularExpressions;

namespace NatoCorpus.Knowledge;

/// <summary>
/// A data-file pattern that starts interpreted and is compiled in the background once it has been used often.
/// Compiling the ~60 recognition patterns up front costs about half a second at start-up, which a one-file lint
/// should not pay; a corpus run reaches the threshold within a few texts and then runs compiled code. Both forms
/// match exactly the same, so output never depends on which one answered.
/// </summary>
public sealed class AdaptiveRegex
{
    /// <summary>Uses before the compiled form is built.</summary>
    private const int CompileAfter = 256;

    private readonly Regex _interpreted;
    private readonly string _pattern;
    private readonly RegexOptions _options;
    private Regex? _compiled;
    private int _uses;

    public AdaptiveRegex(string pattern, RegexOptions options, TimeSpan timeout)
    {
        _pattern = pattern;
        _options = options & ~RegexOptions.Compiled;
        _interpreted = new Regex(pattern, _options, timeout);
    }

    private Regex Current
    {
        get
        {
            if (Volatile.Read(ref _compiled) is { } compiled)
            {
                return compiled;
            }
            if (Interlocked.Increment(ref _uses) == CompileAfter)
            {
                var timeout = _interpreted.MatchTimeout;
                _ = Task.Run(() => Volatile.Write(ref _compiled, new Regex(_pattern, _options | RegexOptions.Compiled, timeout)));
            }
            return _interpreted;
        }
    }

    public bool IsMatch(string input) => Current.IsMatch(input);

    public Match Match(string input) => Current.Match(input);

    public MatchCollection Matches(string input) => Current.Matches(input);

    public string Replace(string input, string replacement) => Current.Replace(input, replacement);

    public override string ToString() => _pattern;
}
