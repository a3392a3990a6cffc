using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NatoCorpus.Knowledge;
using NatoCorpus.Model;
using NatoCorpus.Parsing.Dates;
using NatoCorpus.Parsing.Recognition;
using NatoCorpus.Text;

namespace NatoCorpus.Parsing;

/// <summary>
/// Splits a text into blocks of lines and says what each is: header, title, embed, caption or prose.
/// It only classifies; the rules decide what is a defect and how to fix it.
/// </summary>
public sealed partial class DocumentParser
{
    private readonly CorpusKnowledge knowledge;
    private readonly DateReader _dates;

    /// <summary>The recognizers of a raw text, in order: each gives kinds to the lines it is sure of.</summary>
    private readonly IReadOnlyList<ILineRecognizer> _recognizers;

    /// <summary>A normalized body holds only article text: only embeds are still looked for.</summary>
    private readonly IReadOnlyList<ILineRecognizer> _bodyRecognizers;

    public DocumentParser(CorpusKnowledge knowledge)
    {
        this.knowledge = knowledge;
        _dates = new DateReader(knowledge);
        _recognizers =
        [
            new FrontMatterRecognizer(),
            new EmbedRecognizer(),
            new FurnitureRecognizer(),
            new StampRecognizer(),
            new BylineRecognizer(),
            new CreditRecognizer(),
            new CaptionRecognizer(),
            new TitleRecognizer(),
            new ContentClassifier(),
            new DuplicateRecognizer(),
        ];
        _bodyRecognizers = [new EmbedRecognizer()];
    }

    public DateReader Dates => _dates;

    /// <summary>
    /// Parses a raw text, or (with <paramref name="bodyLine"/> &gt; 1) the body of a normalized Markdown file
    /// that starts at that line: its title and header are in the front matter, so none is looked for.
    /// Every line first gets a kind from the recognizers; paragraphs are then built from article lines only, so
    /// paragraph repair never joins lines of different kinds.
    /// </summary>
    public ParsedDocument Parse(SourceText source, int bodyLine = 1)
    {
        var isBodyOnly = bodyLine > 1;
        var context = new RecognitionContext(source, knowledge, _dates.ForText(source.Text), bodyLine);
        foreach (var recognizer in isBodyOnly ? _bodyRecognizers : _recognizers)
        {
            recognizer.Recognize(context);
        }
        foreach (var segment in context.Segments.Where(segment => segment.IsUnknown))
        {
            // In a normalized body a line starting with "#" is a Markdown heading: text that merely began with "#"
            // was escaped ("\#") when it was written.
            var heading = isBodyOnly && MarkdownHeading().IsMatch(segment.Text);
            segment.Set(heading ? LineKind.Heading : LineKind.Content, "body", heading ? "Markdown heading" : "article text");
        }

        var segments = context.Segments;
        ProseBlock? title = null;
        var titleSegments = segments.Where(segment => segment.Kind == LineKind.Title).ToList();
        if (titleSegments.Count > 0)
        {
            var span = TextSpan.FromBounds(TitleStart(source, titleSegments[0]), titleSegments[^1].Span.End);
            title = new ProseBlock(span, titleSegments[0].Line);
        }
        else if (context.FrontMatterTitle is { } frontMatterTitle)
        {
            title = new ProseBlock(frontMatterTitle.Span, frontMatterTitle.Line);
        }

        var isMarkdown = isBodyOnly || context.FrontMatterTitle is not null || titleSegments.Any(segment => segment.Reason == "Markdown heading");
        var paragraphs = new List<ProseBlock>();
        var removed = new List<RemovedBlock>();
        var headerLines = context.Header is { } header ? (header.Block.FirstLine, header.Block.LastLine) : (0, -1);
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.Kind is LineKind.Content or LineKind.Standfirst)
            {
                // Article lines on consecutive lines form one block; the line-break logic then splits it where a
                // sentence ends a line (glued paragraphs) and joins the rest (wrapped lines).
                var last = i;
                while (last + 1 < segments.Count && segments[last + 1].Kind == segment.Kind && context.Touching(last, last + 1)
                    && segments[last + 1].Line == segments[last].Line + 1)
                {
                    last++;
                }
                var before = paragraphs.Count;
                AddSplitAtBreaks(source, segments[i].Span.Start, segments[last].Span.End, paragraphs);
                // English text left in a French page keeps English typography (its language from its function words).
                if (segments[i].Features.Language is "en")
                {
                    for (var p = before; p < paragraphs.Count; p++)
                    {
                        paragraphs[p] = paragraphs[p] with { Language = "en" };
                    }
                }
                i = last;
            }
            else if (segment.Kind == LineKind.Heading)
            {
                // A repost that is Markdown (a front matter, a "# " title) keeps its "## " headings as headings.
                var markdown = isMarkdown && segment.Features.Text.StartsWith('#');
                paragraphs.Add(new ProseBlock(segment.Span, segment.Line) { IsMarkdownHeading = markdown });
            }
            else if (segment.Kind is not (LineKind.Title or LineKind.Embed or LineKind.Caption) && (segment.Line < headerLines.Item1 || segment.Line > headerLines.Item2 || segment.Kind != LineKind.Stamp))
            {
                var last = i;
                while (last + 1 < segments.Count && segments[last + 1].Kind == segment.Kind && segment.Kind != LineKind.Duplicate
                    && context.Touching(last, last + 1) && segments[last + 1].Recognizer == segment.Recognizer)
                {
                    last++;
                }
                var group = segments.GetRange(i, last - i + 1);
                var block = new LineBlock(segment.Line, segments[last].Line, TextSpan.FromBounds(segment.Span.Start, segments[last].Span.End));
                removed.Add(new RemovedBlock(segment.Kind, block, group.Select(part => part.Text).ToArray(), segment.Recognizer,
                    string.Join("; ", group.Select(part => part.Reason).Distinct(StringComparer.Ordinal)), group.Min(part => part.Confidence))
                {
                    KeptLine = segment.KeptLine,
                });
                i = last;
            }
        }
        context.Embeds.Sort((a, b) => a.Block.Span.Start.CompareTo(b.Block.Span.Start));
        return new ParsedDocument(source, context.Header, title, paragraphs, context.Embeds.ToArray())
        {
            Segments = segments.Select(segment => new Segment(segment.Line, segment.Span, segment.Kind, segment.Recognizer, segment.Reason, segment.Confidence) { KeptLine = segment.KeptLine }).ToArray(),
            Removed = removed,
            Dates = context.Dates.ToArray(),
            RelativeStamps = context.RelativeStamps.ToArray(),
            TitleConfidence = context.TitleConfidence,
            TitleDoubt = context.TitleDoubt,
        };
    }

    /// <summary>A Markdown title keeps its text only: the "# " marker is syntax, kept in the raw text.</summary>
    private static int TitleStart(SourceText source, SegmentState segment)
    {
        var text = segment.Text;
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith("# ", StringComparison.Ordinal))
        {
            return LineSpaces.Skip(source.Text, segment.Span.Start + (text.Length - trimmed.Length) + 1, segment.Span.End);
        }
        return segment.Span.Start;
    }

    private static void AddSplitAtBreaks(SourceText source, int start, int end, List<ProseBlock> paragraphs)
    {
        var span = TextSpan.FromBounds(start, end);
        var from = start;
        foreach (var (newline, isBreak) in LineBreaks.Newlines(source.Text, span))
        {
            if (isBreak)
            {
                paragraphs.Add(new ProseBlock(TextSpan.FromBounds(from, LineStartOrSelf(source, newline.Start)), source.LineOf(from)));
                from = LineStartOfNext(source, newline);
            }
        }
        paragraphs.Add(new ProseBlock(TextSpan.FromBounds(from, end), source.LineOf(from)));
    }

    // A paragraph ends at the end of its last line (its trailing spaces stay in it, for NC206 to report); the next
    // starts at the start of its line (its leading spaces too).
    private static int LineStartOrSelf(SourceText source, int position) => source.LineSpan(source.LineOf(position)).End;

    private static int LineStartOfNext(SourceText source, TextSpan newline) =>
        source.LineSpan(source.LineOf(newline.End)).Start;


    [System.Text.RegularExpressions.GeneratedRegex(@"^#{1,6}[ \t]\S", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex MarkdownHeading();
}
