using System.Text.RegularExpressions;

namespace NatoCorpus.Knowledge;

/// <summary>
/// A data-file pattern that starts interpreted and is compiled in the background once it has been used often.
/// Compiling the ~60 recognition patterns up front costs about half a second at start-up, which a one-file lint
/// should not pay; a corpus run reaches the threshold within a few texts and then runs compiled code. Both forms
/// match exactly the same, so output never depends on which one answered.
/// </summary>
/// <remarks>
/// The match timeout guards against a data-file pattern that backtracks without end, but it is wall-clock time: on a
/// machine busy with other work (a load of 20 on two cores) a thread can sit unscheduled past it on an ordinary
/// line. A match that times out is therefore tried once more with <see cref="PatienceFactor"/> times the time: a
/// busy machine answers then, a pattern that backtracks without end times out again and the exception goes up.
/// Output never depends on the machine's load.
/// </remarks>
public sealed class AdaptiveRegex
{
    /// <summary>Uses before the compiled form is built.</summary>
    private const int CompileAfter = 256;

    /// <summary>How much longer the second try of a timed-out match may run.</summary>
    private const int PatienceFactor = 5;

    private readonly Regex _interpreted;
    private readonly string _pattern;
    private readonly RegexOptions _options;
    private Regex? _compiled;
    private Regex? _patient;
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

    private Regex Patient => Volatile.Read(ref _patient)
        ?? Interlocked.CompareExchange(ref _patient, new Regex(_pattern, _options, _interpreted.MatchTimeout * PatienceFactor), null)
        ?? _patient!;

    public bool IsMatch(string input)
    {
        try
        {
            return Current.IsMatch(input);
        }
        catch (RegexMatchTimeoutException)
        {
            return Patient.IsMatch(input);
        }
    }

    public Match Match(string input)
    {
        try
        {
            return Current.Match(input);
        }
        catch (RegexMatchTimeoutException)
        {
            return Patient.Match(input);
        }
    }

    /// <summary>Every match, found now (a collection is lazy: its timeout would fly outside the second try).</summary>
    public MatchCollection Matches(string input)
    {
        try
        {
            var matches = Current.Matches(input);
            _ = matches.Count;
            return matches;
        }
        catch (RegexMatchTimeoutException)
        {
            var matches = Patient.Matches(input);
            _ = matches.Count;
            return matches;
        }
    }

    public string Replace(string input, string replacement)
    {
        try
        {
            return Current.Replace(input, replacement);
        }
        catch (RegexMatchTimeoutException)
        {
            return Patient.Replace(input, replacement);
        }
    }

    public override string ToString() => _pattern;
}
