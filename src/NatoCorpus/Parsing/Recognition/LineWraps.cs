using System.Collections.Frozen;
using NatoCorpus.Knowledge;

namespace NatoCorpus.Parsing.Recognition;

/// <summary>
/// Where a paragraph or a title was hard-wrapped over several lines (plain-text pages, text extracted from PDF, old
/// press releases): the line ends no sentence and the next one goes on in lower case, or the line ends on a word no
/// sentence or title ends on ("de la", "d’", "and"), whatever the case of the next line ("au-dessus de la" /
/// "Méditerranée…"). The classifier rates such lines as one unit; the title recognizer sees a wrapped paragraph as
/// the article's first paragraph.
/// </summary>
internal static class LineWraps
{
    public static bool Continues(SegmentState line, SegmentState next, ClassifierSettings settings)
    {
        var text = next.Features.Text;
        if (line.Features.EndsSentence || text.Length == 0 || line.Line + 1 != next.Line)
        {
            return false;
        }
        return char.IsLower(text[0]) || text[0] == '(' || (char.IsLetter(text[0]) && EndsOnWrapWord(line.Features.Text, settings.WrapWords));
    }

    /// <summary>True when the last word of <paramref name="text"/> (or its elided article: "l’", "d'") is one of <paramref name="words"/>.</summary>
    public static bool EndsOnWrapWord(string text, FrozenSet<string> words)
    {
        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > 0 && text[end - 1] is '’' or '\'')
        {
            end--;
        }
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        return start < end && words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(start, end - start));
    }
}
