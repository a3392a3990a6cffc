using NatoCorpus.Knowledge;
using NatoCorpus.Model;
using NatoCorpus.Parsing.Dates;
using NatoCorpus.Text;

namespace NatoCorpus.Parsing.Recognition;

/// <summary>A line (or glued part of a line) while the recognizers run: its kind can still change.</summary>
public sealed class SegmentState(int line, TextSpan span, string text, CorpusKnowledge knowledge)
{
    private LineFeatures? _features;

    public int Line { get; } = line;
    public TextSpan Span { get; set; } = span;
    public string Text { get; set; } = text;
    public LineKind Kind { get; set; }
    public string Recognizer { get; set; } = "";
    public string Reason { get; set; } = "";
    public double Confidence { get; set; } = 1;
    public int? KeptLine { get; set; }

    /// <summary>True when a blank line (or the start of the text) comes right before this segment.</summary>
    public bool AfterBlank { get; set; }

    public LineFeatures Features => _features ??= new LineFeatures(Text, knowledge);

    private string? _comparable;

    /// <summary>The trimmed line in the form patterns are matched in (NFC, typographic apostrophe), made once.</summary>
    public string Comparable => _comparable ??= PatternLines.Comparable(Features.Text);

    public bool IsUnknown => Kind == LineKind.Unknown;

    public void Set(LineKind kind, string recognizer, string reason, double confidence = 1)
    {
        Kind = kind;
        Recognizer = recognizer;
        Reason = reason;
        Confidence = confidence;
    }

    internal void ResetFeatures()
    {
        _features = null;
        _comparable = null;
    }
}

/// <summary>What the recognizers share for one text: its segments, what they found, and the knowledge.</summary>
public sealed class RecognitionContext
{
    public RecognitionContext(SourceText source, CorpusKnowledge knowledge, DateReader dates, int fromLine)
    {
        Source = source;
        Knowledge = knowledge;
        DateReader = dates;
        var afterBlank = true;
        for (var line = fromLine; line <= source.LineCount; line++)
        {
            var span = source.LineSpan(line);
            var text = source[span];
            if (string.IsNullOrWhiteSpace(text) || text.AsSpan().Trim().Trim("\u00A0\u202F\u200B\uFEFF").Length == 0)
            {
                afterBlank = true;
                continue;
            }
            Segments.Add(new SegmentState(line, span, text, knowledge) { AfterBlank = afterBlank });
            afterBlank = false;
        }
    }

    public SourceText Source { get; }
    public CorpusKnowledge Knowledge { get; }
    public DateReader DateReader { get; }
    public List<SegmentState> Segments { get; } = [];
    public HeaderBlock? Header { get; set; }
    public List<Embed> Embeds { get; } = [];
    public List<StampDate> Dates { get; } = [];
    public List<RelativeStamp> RelativeStamps { get; } = [];

    /// <summary>The title found in a YAML front matter the text came with, if any.</summary>
    public (TextSpan Span, int Line)? FrontMatterTitle { get; set; }

    /// <summary>How sure the title finder was (1 when there is a Markdown heading or front matter title).</summary>
    public double TitleConfidence { get; set; } = 1;

    public string? TitleDoubt { get; set; }

    /// <summary>Index of the segment after <paramref name="index"/> that is not <paramref name="skip"/>, or -1.</summary>
    public int Next(int index, Func<SegmentState, bool>? skip = null)
    {
        for (var i = index + 1; i < Segments.Count; i++)
        {
            if (skip is null || !skip(Segments[i]))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>True when segments <paramref name="first"/> and <paramref name="second"/> are on adjacent lines (no blank between).</summary>
    public bool Touching(int first, int second) =>
        first >= 0 && second >= 0 && Math.Abs(Segments[first].Line - Segments[second].Line) <= 1 && !Segments[Math.Max(first, second)].AfterBlank;

    /// <summary>Splits segment <paramref name="index"/> at <paramref name="offset"/> (absolute); returns the index of the second part.</summary>
    public int Split(int index, int offset)
    {
        var segment = Segments[index];
        var rest = LineSpaces.Skip(Source.Text, offset, segment.Span.End);
        var first = TextSpan.FromBounds(segment.Span.Start, offset);
        var second = TextSpan.FromBounds(rest, segment.Span.End);
        segment.Span = first;
        segment.Text = Source[first];
        segment.ResetFeatures();
        Segments.Insert(index + 1, new SegmentState(segment.Line, second, Source[second], Knowledge) { AfterBlank = false });
        return index + 1;
    }
}

/// <summary>One step of recognition: looks at the segments, gives kinds to those it recognizes.</summary>
public interface ILineRecognizer
{
    /// <summary>The name diagnostics and the front matter give as the reason's author.</summary>
    string Name { get; }

    void Recognize(RecognitionContext context);
}
