using NatoCorpus.Model;
using NatoCorpus.Text;

namespace NatoCorpus.Parsing.Recognition;

/// <summary>
/// Repeated copies inside one text: a paragraph, caption or line printed twice, a lede printed again with more
/// sentences after it, the title repeated as a paragraph. Compared on their words (case and punctuation aside):
/// equal, one the beginning of the other, or nearly the same set of words. The most complete copy is kept (the
/// first of equal ones, the title over a paragraph); every other copy is a duplicate that names the kept line.
/// </summary>
public sealed class DuplicateRecognizer : ILineRecognizer
{
    /// <summary>Near-duplicate comparison is quadratic: texts with more candidate lines only get exact matching.</summary>
    private const int MaxNearComparisons = 600;

    /// <summary>Lines shorter than this, printed twice, are headings listed before the text.</summary>
    private const int ShortLineWords = 12;

    public string Name => "duplicate";

    public void Recognize(RecognitionContext context)
    {
        var settings = context.Knowledge.Classifier;
        var candidates = new List<(SegmentState Segment, ulong[] Words)>();
        var buffer = new List<ulong>(64);
        foreach (var segment in context.Segments)
        {
            // Furniture only when the classifier or the title finder decided it: a line a pattern named stays furniture.
            var furniture = segment.Kind == LineKind.Furniture && segment.Recognizer is "classifier" or "title";
            if (segment.Kind is LineKind.Title or LineKind.Content or LineKind.Heading or LineKind.Standfirst or LineKind.Caption || furniture)
            {
                // A caption is compared with its credit: the copy that has it is the more complete one.
                var text = segment.Kind == LineKind.Caption ? context.Source.LineText(segment.Line) : segment.Features.Text;
                var words = WordHashes(text, buffer);
                if (words.Length >= settings.DuplicateMinWords || (segment.Kind == LineKind.Title && words.Length >= 2))
                {
                    candidates.Add((segment, words));
                }
            }
        }
        var title = candidates.Where(candidate => candidate.Segment.Kind == LineKind.Title).ToList();
        var titleWords = title.SelectMany(candidate => candidate.Words).ToArray();
        var near = candidates.Count <= MaxNearComparisons;
        var related = new List<int>();
        var byFirst = new Dictionary<ulong, List<int>>();
        var byLast = new Dictionary<ulong, List<int>>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var words = candidates[i].Words;
            Bucket(byFirst, words[0], i);
            Bucket(byLast, words[^1], i);
        }
        for (var j = 0; j < candidates.Count; j++)
        {
            var (later, laterWords) = candidates[j];
            if (later.Kind is LineKind.Title)
            {
                continue;
            }
            if (titleWords.Length > 0 && later.Line > title[0].Segment.Line && Same(titleWords, laterWords, settings.DuplicateSimilarity, near))
            {
                MarkDuplicate(context, later, title[0].Segment.Line, "repeats the title");
                continue;
            }
            if (later.Kind is LineKind.Furniture)
            {
                continue;
            }
            // Only lines that share their first or their last word can be copies (equal, a prefix, or nearly equal).
            foreach (var i in Related(byFirst, byLast, laterWords, related))
            {
                var (other, otherWords) = candidates[i];
                if (i == j || other.Kind is LineKind.Title or LineKind.Duplicate or LineKind.Furniture || later.Kind == LineKind.Duplicate)
                {
                    continue;
                }
                // Keep the more complete copy: this one is a duplicate when the other holds all of it and more,
                // or when they are the same and the other comes first.
                var contained = StartsWith(otherWords, laterWords) || (near && Similar(otherWords, laterWords, settings.DuplicateSimilarity));
                // A short line printed twice (a table of contents, then the heading): the copy in the text stays.
                if (contained && otherWords.Length == laterWords.Length && i < j && laterWords.Length < ShortLineWords
                    && later.Kind is LineKind.Content or LineKind.Heading && other.Kind is LineKind.Content or LineKind.Heading)
                {
                    MarkDuplicate(context, other, later.Line, "an earlier copy of a heading (a table of contents)");
                    continue;
                }
                if (contained && (otherWords.Length > laterWords.Length || (otherWords.Length == laterWords.Length && i < j)))
                {
                    if (later.Kind == LineKind.Caption && other.Kind == LineKind.Content && otherWords.Length == laterWords.Length)
                    {
                        // A caption printed twice, once away from its credit: both copies are the caption.
                        CaptionRecognizer.MarkCaption(context, other, Name, $"the same text as a caption (line {later.Line})");
                    }
                    MarkDuplicate(context, later, other.Line, otherWords.Length > laterWords.Length ? "a shorter copy of another line" : "a copy of an earlier line");
                }
            }
        }
        MarkPullQuotes(context, candidates);
    }

    /// <summary>
    /// Pull quotes and teasers: a line that is, word for word, a stretch from the middle of a longer paragraph ("Une
    /// brigade, ça ne vit pas sans essence…" printed above the interview it is taken from). Found through the pairs of
    /// words every paragraph holds, so the cost is linear in the text.
    /// </summary>
    private void MarkPullQuotes(RecognitionContext context, List<(SegmentState Segment, ulong[] Words)> candidates)
    {
        var pairs = new Dictionary<(ulong, ulong), List<(int Candidate, int Position)>>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var (segment, words) = candidates[i];
            if (segment.Kind is not (LineKind.Content or LineKind.Standfirst))
            {
                continue;
            }
            for (var k = 1; k + 1 < words.Length; k++)
            {
                var key = (words[k], words[k + 1]);
                if (!pairs.TryGetValue(key, out var list))
                {
                    pairs[key] = list = [];
                }
                list.Add((i, k));
            }
        }
        for (var j = 0; j < candidates.Count; j++)
        {
            var (quote, quoteWords) = candidates[j];
            // The dictionary first: most lines open with a pair no paragraph holds, and StandsApart looks the line up.
            if (quote.Kind is not LineKind.Content || quoteWords.Length < context.Knowledge.Classifier.PullQuoteMinWords
                || !pairs.TryGetValue((quoteWords[0], quoteWords[1]), out var places) || !StandsApart(context, quote))
            {
                continue;
            }
            foreach (var (i, position) in places)
            {
                var paragraph = candidates[i].Words;
                if (i != j && paragraph.Length > quoteWords.Length && position + quoteWords.Length <= paragraph.Length
                    && paragraph.AsSpan(position, quoteWords.Length).SequenceEqual(quoteWords))
                {
                    MarkDuplicate(context, quote, candidates[i].Segment.Line, "a passage of a longer paragraph printed apart (a pull quote)");
                    break;
                }
            }
        }
    }

    /// <summary>The line's words as case-insensitive 64-bit hashes (FNV-1a): compared without allocating strings.</summary>
    private static ulong[] WordHashes(string text, List<ulong> buffer)
    {
        buffer.Clear();
        foreach (var word in Words.In(text))
        {
            buffer.Add(Words.Hash(word, ignoreCase: true));
        }
        return [.. buffer];
    }

    private static void Bucket(Dictionary<ulong, List<int>> buckets, ulong key, int index)
    {
        if (!buckets.TryGetValue(key, out var list))
        {
            buckets[key] = list = [];
        }
        list.Add(index);
    }

    /// <summary>The candidates sharing the first or the last word of <paramref name="words"/>, in order, each once.</summary>
    private static List<int> Related(Dictionary<ulong, List<int>> byFirst, Dictionary<ulong, List<int>> byLast, ulong[] words, List<int> into)
    {
        into.Clear();
        into.AddRange(byFirst[words[0]]);
        foreach (var index in byLast[words[^1]])
        {
            if (!into.Contains(index))
            {
                into.Add(index);
            }
        }
        into.Sort();
        return into;
    }

    private static bool Same(ulong[] a, ulong[] b, double similarity, bool near) =>
        a.AsSpan().SequenceEqual(b) || (near && a.Length == b.Length && Similar(a, b, similarity));

    private static bool StartsWith(ulong[] longer, ulong[] shorter) =>
        longer.Length >= shorter.Length && longer.AsSpan(0, shorter.Length).SequenceEqual(shorter);

    /// <summary>Jaccard similarity of the word sets, only for lines of comparable length.</summary>
    private static bool Similar(ulong[] a, ulong[] b, double threshold)
    {
        if (Math.Min(a.Length, b.Length) < threshold * Math.Max(a.Length, b.Length))
        {
            return false;
        }
        // Cheap reject first: most pairs of different lines differ in their first or last words.
        if (a[0] != b[0] && a[^1] != b[^1] && a.Length > 3)
        {
            return false;
        }
        var setA = a.ToHashSet();
        var setB = b.ToHashSet();
        var common = setA.Count(setB.Contains);
        return common >= threshold * (setA.Count + setB.Count - common);
    }

    /// <summary>
    /// A pull quote is a paragraph of its own: blank lines around it, a whole sentence or quotation (a line of a
    /// hard-wrapped paragraph is only a piece of its text, which a summary elsewhere may well repeat).
    /// </summary>
    private static bool StandsApart(RecognitionContext context, SegmentState segment)
    {
        var index = context.Segments.IndexOf(segment);
        var next = index + 1 < context.Segments.Count ? context.Segments[index + 1] : null;
        var text = segment.Features.Text;
        return segment.AfterBlank && (next is null || next.AfterBlank || next.Line > segment.Line + 1)
            && (segment.Features.EndsSentence || text.EndsWith('»') || text.EndsWith('"') || text.EndsWith('”'));
    }

    private void MarkDuplicate(RecognitionContext context, SegmentState segment, int keptLine, string reason)
    {
        if (segment.Kind == LineKind.Caption)
        {
            context.Embeds.RemoveAll(embed => embed.Kind == EmbedKind.Caption && embed.Block.Span == segment.Span);
        }
        segment.Set(LineKind.Duplicate, Name, $"{reason} (line {keptLine})", 0.9);
        segment.KeptLine = keptLine;
        // The credit split off a duplicated caption goes with it.
        foreach (var part in context.Segments.Where(part => part.Line == segment.Line && part != segment && part.Kind == LineKind.Credit))
        {
            part.Set(LineKind.Duplicate, Name, $"credit of a duplicated caption (line {keptLine})", 0.9);
            part.KeptLine = keptLine;
        }
    }
}
