using NatoCorpus.Knowledge;
using NatoCorpus.Text;

namespace NatoCorpus.Parsing.Recognition;

/// <summary>
/// What the classifier looks at in one line, computed once: its length, words, share of function words of
/// French and English, share of UI words, capitals, digits, links, and whether it ends a sentence.
/// </summary>
public sealed class LineFeatures
{
    /// <summary>
    /// Function and UI words are looked up among this many first words only: a line's shares are settled by then,
    /// and long paragraphs (most of a corpus's bytes) then cost one cheap pass.
    /// </summary>
    private const int SampledWords = 80;

    /// <summary>Lines up to this long get every feature; longer ones are prose and get the cheap ones.</summary>
    private const int ShortLineChars = 300;

    public LineFeatures(string text, CorpusKnowledge knowledge)
    {
        Text = text.Trim().Trim('\u00A0', '\u202F', '\u200B', '\uFEFF');
        Chars = Text.Length;
        var lookups = knowledge.FunctionWordLookups;
        var french = -1;
        var english = -1;
        for (var i = 0; i < lookups.Count; i++)
        {
            french = lookups[i].Language == "fr" ? i : french;
            english = lookups[i].Language == "en" ? i : english;
        }
        var ui = knowledge.FurnitureWordLookup;
        foreach (var word in Words.In(Text))
        {
            if (WordCount == SampledWords)
            {
                // Past the sample, a line is long prose: no threshold on the counts below is that high.
                WordCount = SampledWords + 1;
                break;
            }
            WordCount++;
            if (char.IsUpper(word[0]))
            {
                CapitalizedWords++;
            }
            SampledWordCount++;
            var isFrench = french >= 0 && lookups[french].Words.Contains(word);
            var isEnglish = english >= 0 && lookups[english].Words.Contains(word);
            FrenchStopwords += isFrench ? 1 : 0;
            EnglishStopwords += isEnglish ? 1 : 0;
            LowerFunctionWords += (isFrench || isEnglish) && !char.IsUpper(word[0]) ? 1 : 0;
            if (!isFrench && !isEnglish)
            {
                // Function words say nothing of a menu: the share of UI words is taken among the other words.
                ContentWords++;
                UiWords += ui.Contains(word) ? 1 : 0;
            }
        }
        EndsSentence = Sentences.EndsSentence(Text);
        if (Chars > ShortLineChars)
        {
            // Digits, links and handles only decide short lines (titles, names, menus); sentences are counted to three.
            SentenceCount = Sentences.Count(Text.AsSpan(0, Math.Min(Chars, ShortLineChars * 2)));
            return;
        }
        foreach (var c in Text)
        {
            if (char.IsAsciiDigit(c))
            {
                Digits++;
            }
        }
        Urls = CountOccurrences(Text, "http://") + CountOccurrences(Text, "https://") + CountOccurrences(Text, "www.");
        Handles = Text.AsSpan().Count('@') + Text.AsSpan().Count('#');
        SentenceCount = Sentences.Count(Text);
    }

    public string Text { get; }
    public int Chars { get; }
    /// <summary>How many words, counted up to 80; 81 means more (long prose).</summary>
    public int WordCount { get; }
    public int FrenchStopwords { get; }
    public int EnglishStopwords { get; }
    public int UiWords { get; }

    /// <summary>Words that are not function words of French or English.</summary>
    public int ContentWords { get; }
    public int CapitalizedWords { get; }

    /// <summary>Function words written in lower case ("du" in "La Voix du Nord").</summary>
    public int LowerFunctionWords { get; }
    public int Digits { get; }
    public int Urls { get; }
    public int Handles { get; }
    public bool EndsSentence { get; }
    public int SentenceCount { get; }

    /// <summary>How many words the function and UI word counts were taken over (the first ones).</summary>
    public int SampledWordCount { get; }

    /// <summary>The larger share of French or English function words: how much the line reads as running prose.</summary>
    public double StopwordShare => SampledWordCount == 0 ? 0 : (double)Math.Max(FrenchStopwords, EnglishStopwords) / SampledWordCount;

    /// <summary>The share of UI words among the words that are not function words.</summary>
    public double UiShare => ContentWords == 0 ? 0 : (double)UiWords / ContentWords;

    /// <summary>"en" when English function words clearly outnumber French ones, "fr" when French ones occur, else null.</summary>
    public string? Language =>
        EnglishStopwords >= 2 && EnglishStopwords >= 2 * FrenchStopwords ? "en"
        : FrenchStopwords > 0 ? "fr"
        : null;

    private static int CountOccurrences(string text, string what)
    {
        var count = 0;
        for (var index = text.IndexOf(what, StringComparison.Ordinal); index >= 0; index = text.IndexOf(what, index + what.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
