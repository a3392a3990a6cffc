namespace NatoCorpus.Text;

/// <summary>One definition of where a sentence ends, shared by the recognizers, the line-break logic and the rules.</summary>
public static class Sentences
{
    /// <summary>Characters that can end a sentence, closing quotes and brackets included.</summary>
    public const string Enders = ".!?…»\"”)";

    /// <summary>True when <paramref name="text"/> (trimmed) ends with sentence punctuation, possibly inside a closing quote.</summary>
    public static bool EndsSentence(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        if (text.Length == 0)
        {
            return false;
        }
        var last = text[^1];
        if (last is '.' or '!' or '?' or '…')
        {
            return true;
        }
        if (last is '»' or '"' or '”' or ')')
        {
            // « … » ends a sentence when what it closes does ("… a-t-il dit. »"); a headline ending with a quoted
            // phrase (« à bras ouverts ») does not.
            var inner = text[..^1].TrimEnd();
            return inner.Length > 0 && inner[^1] is '.' or '!' or '?' or '…';
        }
        return false;
    }

    /// <summary>How many sentences a line holds: sentence punctuation followed by a space and a capital or a quote.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }
            var next = i + 1;
            while (next < text.Length && (text[next] is '»' or '"' or '”' or ')'))
            {
                next++;
            }
            if (next == text.Length)
            {
                count++;
                break;
            }
            if (!LineSpaces.Is(text[next]) && text[next] != ' ')
            {
                continue;
            }
            while (next < text.Length && LineSpaces.Is(text[next]))
            {
                next++;
            }
            if (next < text.Length && (char.IsUpper(text[next]) || text[next] is '«' or '"' or '“' or '—' or '–'))
            {
                count++;
            }
        }
        // A text without final punctuation still holds one sentence (or a fragment).
        return Math.Max(count, text.Trim().Length > 0 && !EndsSentence(text) ? count + 1 : count);
    }
}
