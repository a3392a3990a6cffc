using NatoCorpus.Knowledge.Spelling;
using NatoCorpus.Text;

namespace NatoCorpus.Rules.Typography;

/// <summary>
/// NC220: a capital "A" opening a sentence before a place or a complement is the preposition "À" whose accent the
/// keyboard made hard to type: "A Berlin comme à Varsovie" → "À Berlin comme à Varsovie". The verb "a" never opens a
/// French sentence without inversion ("A-t-il"), so the fix is safe when the next word can only follow the preposition:
/// a word of `a_grave_before` ("A partir", "A la fin", "A l’issue") or a name the dictionary knows with a capital only
/// ("Berlin", "Washington") or an article opening one ("A La Haye"). An unknown capitalized word before a comma ("A Kandahar, …") is only suggested; a
/// quotation's first word is never touched (« A Paris love story » is English).
/// </summary>
public sealed class CapitalAGrave : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC220", "capital-a-grave", "Write \"À\", not \"A\", for the preposition opening a sentence", RuleCategory.Typography, Severity.Warning,
        FixAvailability.Always, FixApplicability.Safe)
    {
        ExtraTags = ["french"],
        ListsEachChange = true,
    };

    public void Check(RuleContext context)
    {
        var text = context.Source.Text;
        var followers = context.Knowledge.Typography.AGraveBefore;
        foreach (var block in context.Document.FrenchProse)
        {
            var (start, end) = (block.Span.Start, block.Span.End);
            for (var i = start; i + 3 < end; i++)
            {
                if (text[i] != 'A' || !LineSpaces.Is(text[i + 1]) || !char.IsLetter(text[i + 2]) || (i > start && char.IsLetterOrDigit(text[i - 1])))
                {
                    continue;
                }
                var opening = OpensSentence(text, i, start);
                if (opening is null)
                {
                    continue;
                }
                var wordEnd = i + 2;
                while (wordEnd < end && char.IsLetter(text[wordEnd]))
                {
                    wordEnd++;
                }
                var word = text[(i + 2)..wordEnd];
                var after = wordEnd < end ? text[wordEnd] : ' ';
                var applicability = (FixApplicability?)null;
                if (char.IsLower(word[0]))
                {
                    // "A l’issue": the elided article counts as "l".
                    var elided = after is '’' or '\'';
                    if (followers.Contains(word) && (!elided || word.Length == 1) && (elided || word.Length > 1))
                    {
                        applicability = FixApplicability.Safe;
                    }
                }
                else if (word.Length > 1 && word.Skip(1).All(char.IsLower))
                {
                    var speller = context.Knowledge.Speller;
                    // "Berlin": a name the dictionary knows with a capital only; "La Haye", "Le Caire": an article
                    // opening a place's name.
                    if ((speller.IsKnown(word) && !speller.IsKnown(word.ToLowerInvariant())) || (word is "La" or "Le" or "Les" && NextIsCapitalized(text,
                        wordEnd, end)))
                    {
                        applicability = FixApplicability.Safe;
                    }
                    else if (after == ',')
                    {
                        applicability = FixApplicability.Suggestion;
                    }
                }
                if (applicability is not { } chosen)
                {
                    continue;
                }
                // The first word of a quotation may be another language's article ("« A New Era »"): a person decides.
                if (opening is '«' or '“' or '"' && chosen == FixApplicability.Safe)
                {
                    chosen = FixApplicability.Suggestion;
                }
                context.ReportEdit(Descriptor, new TextSpan(i, 1), $"\"A {word}\" opens a sentence: the preposition is \"À\"", "À", "write À",
                    chosen);
            }
        }
    }

    private static bool NextIsCapitalized(string text, int at, int end)
    {
        var next = LineSpaces.Skip(text, at, end);
        return next > at && next + 1 < end && char.IsUpper(text[next]) && char.IsLower(text[next + 1]);
    }

    /// <summary>
    /// The character that shows position <paramref name="index"/> opens a sentence: '\0' at the block's start, the
    /// opening quotation mark or bracket, or the sentence's final mark; null inside a sentence.
    /// </summary>
    private static char? OpensSentence(string text, int index, int start)
    {
        var j = index - 1;
        char? quote = null;
        while (j >= start && (LineSpaces.Is(text[j]) || text[j] is '«' or '“' or '"' or '('))
        {
            if (text[j] is '«' or '“' or '"')
            {
                quote = text[j];
            }
            j--;
        }
        if (j < start || text[j] == '\n')
        {
            return quote ?? '\0';
        }
        return text[j] is '.' or '!' or '?' or '…' ? quote ?? text[j] : null;
    }
}
