using System.Text;

namespace NatoCorpus.Text;

/// <summary>
/// Words as runs of letters, found without regular expressions or allocation: the hot loops (language guess,
/// word accounting, context windows) run over every word of every text.
/// </summary>
public static class Words
{
    /// <summary>Enumerates the words of <paramref name="text"/> as spans: <c>foreach (var word in Words.In(text))</c>.</summary>
    public static WordEnumerator In(ReadOnlySpan<char> text) => new(text);

    /// <summary>
    /// A 64-bit FNV-1a hash of a word's UTF-16 code units, optionally of its lower-case form: words compared by
    /// hash allocate nothing (word accounting, duplicate detection).
    /// </summary>
    public static ulong Hash(ReadOnlySpan<char> word, bool ignoreCase)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            hash = (hash ^ (ignoreCase ? char.ToLowerInvariant(c) : c)) * 1099511628211UL;
        }
        return hash;
    }

    /// <summary>The words as strings, for code off the hot path.</summary>
    public static List<string> ToList(ReadOnlySpan<char> text)
    {
        var list = new List<string>();
        foreach (var word in In(text))
        {
            list.Add(word.ToString());
        }
        return list;
    }

    /// <summary>Up to <paramref name="count"/> words ending before <paramref name="index"/>, nearest last.</summary>
    public static List<string> Before(ReadOnlySpan<char> text, int index, int count)
    {
        var words = new List<string>(count);
        var end = index;
        while (words.Count < count)
        {
            while (end > 0 && !IsLetterAt(text, end - 1))
            {
                end--;
            }
            if (end == 0)
            {
                break;
            }
            var start = end;
            while (start > 0 && IsLetterAt(text, start - 1))
            {
                start--;
            }
            words.Add(text[start..end].ToString());
            end = start;
        }
        words.Reverse();
        return words;
    }

    /// <summary>Up to <paramref name="count"/> words starting at or after <paramref name="index"/>.</summary>
    public static List<string> After(ReadOnlySpan<char> text, int index, int count)
    {
        var words = new List<string>(count);
        foreach (var word in In(text[index..]))
        {
            if (words.Count == count)
            {
                break;
            }
            words.Add(word.ToString());
        }
        return words;
    }

    private static bool IsLetterAt(ReadOnlySpan<char> text, int index)
    {
        var c = text[index];
        if (!char.IsSurrogate(c))
        {
            return char.IsLetter(c);
        }
        // A letter outside the BMP: look at the whole surrogate pair.
        var start = char.IsLowSurrogate(c) && index > 0 ? index - 1 : index;
        return Rune.DecodeFromUtf16(text[start..], out var rune, out _) == System.Buffers.OperationStatus.Done && Rune.IsLetter(rune);
    }

    public ref struct WordEnumerator(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _position;

        public ReadOnlySpan<char> Current { get; private set; }

        public readonly WordEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            var i = _position;
            while (i < _text.Length && !IsLetterAt(_text, i))
            {
                i++;
            }
            if (i == _text.Length)
            {
                _position = i;
                return false;
            }
            var start = i;
            while (i < _text.Length && IsLetterAt(_text, i))
            {
                i++;
            }
            Current = _text[start..i];
            _position = i;
            return true;
        }
    }
}
