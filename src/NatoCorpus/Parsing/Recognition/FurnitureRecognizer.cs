using NatoCorpus.Model;

namespace NatoCorpus.Parsing.Recognition;

/// <summary>
/// Page furniture known by its words: lines matching a named pattern of furniture.yaml (skip links, breadcrumbs,
/// paywalls, account and newsletter boxes, cookie banners, share widgets, comment forms, video player text,
/// related-article headers, tag lists, calls to follow, leaked editing prompts, site chrome); short lines made
/// mostly of UI words ("Facebook Twitter Copier le lien"); and lines the corpus scan found recurring across
/// texts (recurring_lines in a corpus data file). After a pattern marked `ends_article` (a comment thread's
/// start), once the article has begun, every unrecognized line is furniture.
/// </summary>
public sealed class FurnitureRecognizer : ILineRecognizer
{
    public string Name => "furniture";

    private const int MinParagraphsBeforeComments = 2;

    /// <summary>Where a label glued at the start of the line ends (an index into the segment's text), if any.</summary>
    private static (int End, string Name)? PrefixEnd(RecognitionContext context, SegmentState segment)
    {
        var leading = segment.Text.Length - segment.Text.TrimStart().Length;
        var text = segment.Text.TrimStart();
        foreach (var pattern in context.Knowledge.FurniturePrefixes)
        {
            var match = pattern.Pattern.Match(text);
            // Only a prefix: something of the line must stay after it.
            if (match.Success && match.Index == 0 && match.Length > 0 && text[match.Length..].Trim().Length > 0)
            {
                return (leading + match.Length, pattern.Name);
            }
        }
        return null;
    }

    /// <summary>Where furniture glued at the end of the line starts (an index into the segment's text), if any.</summary>
    private static (int Index, string Name)? SuffixStart(RecognitionContext context, SegmentState segment)
    {
        var text = segment.Text.TrimEnd();
        foreach (var pattern in context.Knowledge.FurnitureSuffixes)
        {
            var match = pattern.Pattern.Match(text);
            // Only a suffix: something of the line must stay before it.
            if (match.Success && match.Index > 0 && text[..match.Index].Trim().Length > 0)
            {
                return (match.Index, pattern.Name);
            }
        }
        return null;
    }

    public void Recognize(RecognitionContext context)
    {
        var settings = context.Knowledge.Classifier;
        // A comment thread ends an article that has begun: two paragraphs at least, so a "Commentaires" button in a
        // share bar under the standfirst does not end it.
        var paragraphs = 0;
        var segments = context.Segments;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (!segment.IsUnknown)
            {
                continue;
            }
            paragraphs += TitleRecognizer.IsParagraph(segment, settings) ? 1 : 0;
            var features = segment.Features;
            if (context.Knowledge.RecurringLines.Count > 0
                && context.Knowledge.RecurringLines.TryGetValue(Knowledge.CorpusKnowledge.RecurringKey(features.Text), out var texts))
            {
                segment.Set(LineKind.Furniture, Name, $"line recurring in {texts} texts of the corpus");
                continue;
            }
            if (PrefixEnd(context, segment) is { } prefix)
            {
                // "AbonnéEn soixante-seize ans…": the label leaves, the text after it is recognized as a line of its own.
                context.Split(i, segment.Span.Start + prefix.End);
                segment.Set(LineKind.Furniture, Name, $"{prefix.Name} glued to the line");
                continue;
            }
            if (segment.Features.Chars <= PatternLines.MaxChars && SuffixStart(context, segment) is { } suffix)
            {
                // "Historique[modifier | modifier le code]": the line's own text stays to be recognized, the suffix leaves.
                var tail = context.Split(i, segment.Span.Start + suffix.Index);
                segments[tail].Set(LineKind.Furniture, Name, $"{suffix.Name} glued to the line");
            }
            if (PatternLines.FirstMatch(context.Knowledge.FurnitureSet, segment) is { } pattern)
            {
                segment.Set(LineKind.Furniture, Name, pattern.Name);
                if (pattern.EndsArticle && paragraphs >= MinParagraphsBeforeComments)
                {
                    // A comment thread runs to the end of the page: reader comments are not the article.
                    foreach (var after in segments.Skip(i + 1).Where(after => after.IsUnknown))
                    {
                        after.Set(LineKind.Furniture, Name, $"after the start of the comments (line {segment.Line})", 0.8);
                    }
                    break;
                }
                continue;
            }
            if (features.WordCount > 0 && features.WordCount <= settings.UiMaxWords && features.UiShare >= settings.UiShare && !features.EndsSentence
                && (features.UiWords >= 2 || features.ContentWords == 1))
            {
                segment.Set(LineKind.Furniture, Name, $"interface words ({features.UiWords} of {features.WordCount})", 0.8);
            }
        }
    }
}
