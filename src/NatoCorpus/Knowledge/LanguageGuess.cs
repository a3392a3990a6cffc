namespace NatoCorpus.Knowledge;

/// <summary>
/// A text's language from its function words (languages.yaml): cheap, deterministic and enough to tell French
/// prose from an English or German page; the pipeline uses it to refuse a text that is not French.
/// </summary>
public static class LanguageGuess
{
    /// <summary>Words looked at to guess a language: enough to decide, bounded so long texts cost no more.</summary>
    private const int LanguageSampleWords = 600;

    /// <summary>
    /// The language whose function words occur most among the first words of <paramref name="text"/> (at least
    /// twice, and twice as often as French); "fr" if French ones occur; null when none do.
    /// </summary>
    public static string? Guess(CorpusKnowledge knowledge, ReadOnlySpan<char> text)
    {
        var languages = knowledge.FunctionWordLookups;
        Span<int> counts = stackalloc int[languages.Count];
        var seen = 0;
        foreach (var word in NatoCorpus.Text.Words.In(text))
        {
            if (++seen > LanguageSampleWords)
            {
                break;
            }
            for (var i = 0; i < languages.Count; i++)
            {
                if (languages[i].Words.Contains(word))
                {
                    counts[i]++;
                }
            }
        }
        var french = 0;
        string? best = null;
        var bestCount = 0;
        for (var i = 0; i < languages.Count; i++)
        {
            if (languages[i].Language == "fr")
            {
                french = counts[i];
            }
            else if (counts[i] > bestCount)
            {
                (best, bestCount) = (languages[i].Language, counts[i]);
            }
        }
        if (best is not null && bestCount >= 2 && bestCount >= 2 * french)
        {
            return best;
        }
        return french > 0 ? "fr" : null;
    }
}
