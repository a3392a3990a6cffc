using System.Text;

namespace NatoCorpus.Text;

/// <summary>A half-open range [Start, End) of UTF-16 offsets into a <see cref="SourceText"/>.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when applying edits of both spans would touch the same text (two insertions at one point included).</summary>
    public bool ConflictsWith(TextSpan other) =>
        Start < other.End && other.Start < End || Start == other.Start && (Length == 0 || other.Length == 0);
}

/// <summary>A 1-based line and column. Columns count Unicode code points, as editors show them.</summary>
public readonly record struct LinePosition(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}

/// <summary>
/// The decoded text of one raw file with LF line endings, and the index that maps any offset back to its raw
/// line and column. Line numbers equal the raw file's: decoding only turns CRLF/CR into LF and drops a BOM.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    /// <summary>
    /// Low surrogates before every multiple of <see cref="Block"/> (null when the text has none, the usual case),
    /// so a column is found in constant time however long the line: a rule that reports once per character of a
    /// one-line megabyte must not count from the line start each time.
    /// </summary>
    private readonly int[]? _lowSurrogatesBefore;

    private const int Block = 64;

    public SourceText(string text)
    {
        Text = text;
        var starts = new List<int> { 0 };
        var lowSurrogates = 0;
        List<int>? before = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (i % Block == 0)
            {
                before?.Add(lowSurrogates);
            }
            var c = text[i];
            if (c == '\n')
            {
                starts.Add(i + 1);
            }
            else if (char.IsLowSurrogate(c))
            {
                if (before is null)
                {
                    // First one: every earlier block boundary had none before it.
                    before = new List<int>(text.Length / Block + 2);
                    before.AddRange(Enumerable.Repeat(0, i / Block + 1));
                }
                lowSurrogates++;
            }
        }
        before?.Add(lowSurrogates);
        _lineStarts = starts.ToArray();
        _lowSurrogatesBefore = before?.ToArray();
    }

    public string Text { get; }

    public int LineCount => _lineStarts.Length;

    public string this[TextSpan span] => Text.Substring(span.Start, span.Length);

    /// <summary>Span of 1-based line <paramref name="line"/>, without its line feed.</summary>
    public TextSpan LineSpan(int line)
    {
        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] - 1 : Text.Length;
        return TextSpan.FromBounds(start, end);
    }

    public string LineText(int line) => this[LineSpan(line)];

    /// <summary>The 1-based line holding <paramref name="offset"/>.</summary>
    public int LineOf(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    public LinePosition PositionOf(int offset)
    {
        var line = LineOf(offset);
        return new LinePosition(line, CodePointCount(_lineStarts[line - 1], offset) + 1);
    }

    /// <summary>
    /// The offset of a 1-based line and code-point column, clamped to that line (a column past its end gives the
    /// end): for showing a place that came from elsewhere (a cache), which may no longer fit the text.
    /// </summary>
    public int OffsetOf(int line, int column)
    {
        var span = LineSpan(Math.Clamp(line, 1, LineCount));
        var wanted = Math.Max(column, 1) - 1;
        if (_lowSurrogatesBefore is null)
        {
            return span.Start + Math.Min(wanted, span.Length);
        }
        // The code-point count grows with the offset: a binary search, each step in constant time.
        int low = span.Start, high = span.End;
        while (low < high)
        {
            var middle = low + (high - low + 1) / 2;
            if (CodePointCount(span.Start, middle) <= wanted)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }
        // Never inside a surrogate pair.
        return low > span.Start && low < Text.Length && char.IsLowSurrogate(Text[low]) && char.IsHighSurrogate(Text[low - 1]) ? low - 1 : low;
    }

    /// <summary>Code points in [start, end): UTF-16 units less the low surrogates, each pair counted once.</summary>
    private int CodePointCount(int start, int end) =>
        _lowSurrogatesBefore is null ? end - start : end - start - (LowSurrogatesBefore(end) - LowSurrogatesBefore(start));

    private int LowSurrogatesBefore(int offset)
    {
        var block = offset / Block;
        var count = _lowSurrogatesBefore![block];
        for (var i = block * Block; i < offset; i++)
        {
            if (char.IsLowSurrogate(Text[i]))
            {
                count++;
            }
        }
        return count;
    }

    public static string NormalizeLineEndings(string text)
    {
        if (text.IndexOf('\r', StringComparison.Ordinal) < 0)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}

/// <summary>Replace <see cref="Span"/> of the source text by <see cref="NewText"/>.</summary>
public sealed record TextEdit(TextSpan Span, string NewText);
