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

    public SourceText(string text)
    {
        Text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }
        _lineStarts = starts.ToArray();
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

    public LinePosition PositionOf(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        var lineIndex = index >= 0 ? index : ~index - 1;
        var lineStart = _lineStarts[lineIndex];
        return new LinePosition(lineIndex + 1, CodePointCount(Text, lineStart, offset) + 1);
    }

    private static int CodePointCount(string text, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            if (!char.IsLowSurrogate(text[i]))
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
