using System.Globalization;
using System.Text;
using NatoCorpus.Knowledge;
using NatoCorpus.Text;

namespace NatoCorpus.Parsing.Recognition;

/// <summary>
/// What the classifier looks at in one line, computed once: its length, words, share of function words of
/// French and English, share of UI words, capitals, digits, links, and whether it ends a sentence.
/// </summary>
public sealed class LineFeatures
{
    public LineFeatures(string text, CorpusKnowledge knowledge)
    {
        Text = text.Trim().Trim('\u00A0', '\u202F', '\u200B', '\uFEFF');
        Chars = Text.Length;
        var french = knowledge.FunctionWordLookups.FirstOrDefault(pair => pair.Language == "fr").Words;
        var english = knowledge.FunctionWordLookups.FirstOrDefault(pair => pair.Language == "en").Words;
        var hasFrench = knowledge.FunctionWords.ContainsKey("fr");
        var hasEnglish = knowledge.FunctionWords.ContainsKey("en");
        var ui = knowledge.FurnitureWordLookup;
        foreach (var word in Words.In(Text))
        {
            WordCount++;
            var isFrench = hasFrench && french.Contains(word);
            var isEnglish = hasEnglish && english.Contains(word);
            FrenchStopwords += isFrench ? 1 : 0;
            EnglishStopwords += isEnglish ? 1 : 0;
            if (!isFrench && !isEnglish)
            {
                // Function words say nothing of a menu: the share of UI words is taken among the other words.
                ContentWords++;
                UiWords += ui.Contains(word) ? 1 : 0;
            }
            if (char.IsUpper(word[0]))
            {
                CapitalizedWords++;
            }
        }
        foreach (var rune in Text.EnumerateRunes())
        {
            if (Rune.IsDigit(rune))
            {
                Digits++;
            }
            else if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.MathSymbol)
            {
                Symbols++;
            }
        }
        Urls = CountOccurrences(Text, "http://") + CountOccurrences(Text, "https://") + CountOccurrences(Text, "www.");
        Handles = Text.Count(c => c is '@' or '#');
        EndsSentence = Sentences.EndsSentence(Text);
        SentenceCount = Sentences.Count(Text);
    }

    public string Text { get; }
    public int Chars { get; }
    public int WordCount { get; }
    public int FrenchStopwords { get; }
    public int EnglishStopwords { get; }
    public int UiWords { get; }

    /// <summary>Words that are not function words of French or English.</summary>
    public int ContentWords { get; }
    public int CapitalizedWords { get; }
    public int Digits { get; }
    public int Symbols { get; }
    public int Urls { get; }
    public int Handles { get; }
    public bool EndsSentence { get; }
    public int SentenceCount { get; }

    /// <summary>The larger share of French or English function words: how much the line reads as running prose.</summary>
    public double StopwordShare => WordCount == 0 ? 0 : (double)Math.Max(FrenchStopwords, EnglishStopwords) / WordCount;

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
        for (var index = text.IndexOf(what, StringComparison.OrdinalIgnoreCase); index >= 0; index = text.IndexOf(what, index + what.Length, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }
        return count;
    }
}
