using System.Text.RegularExpressions;
using NatoCorpus.Model;
using NatoCorpus.Text;

namespace NatoCorpus.Parsing.Recognition;

/// <summary>
/// A Markdown repost that starts with YAML front matter (--- … ---): its lines are metadata, its `title:` is a
/// title candidate and its `date:` a publication date (date_source: front_matter). Only these two keys are read,
/// with a line pattern rather than a YAML parser: the block is evidence, kept whole, never interpreted further.
/// </summary>
public sealed partial class FrontMatterRecognizer : ILineRecognizer
{
    private const int MaxLines = 80;

    public string Name => "front-matter";

    public void Recognize(RecognitionContext context)
    {
        var segments = context.Segments;
        if (segments.Count < 2 || segments[0].Line != 1 || segments[0].Text.Trim() != "---")
        {
            return;
        }
        var end = -1;
        for (var i = 1; i < segments.Count && segments[i].Line <= MaxLines; i++)
        {
            if (segments[i].Text.Trim() is "---" or "...")
            {
                end = i;
                break;
            }
        }
        if (end < 0)
        {
            return;
        }
        for (var i = 0; i <= end; i++)
        {
            var segment = segments[i];
            segment.Set(LineKind.Metadata, Name, "YAML front matter of a Markdown repost");
            var match = Field().Match(segment.Text);
            if (!match.Success)
            {
                continue;
            }
            var value = match.Groups["value"];
            var start = segment.Span.Start + value.Index;
            var length = value.Length;
            // Quotes around the value are YAML's, not the title's.
            if (length >= 2 && context.Source.Text[start] is '"' or '\'' && context.Source.Text[start + length - 1] == context.Source.Text[start])
            {
                start++;
                length -= 2;
            }
            var text = context.Source.Text.Substring(start, length);
            if (match.Groups["key"].Value.Equals("title", StringComparison.OrdinalIgnoreCase) && length > 0)
            {
                context.FrontMatterTitle = (new TextSpan(start, length), segment.Line);
            }
            else if (context.DateReader.Dates(text).FirstOrDefault() is { Year: not null } date)
            {
                var role = match.Groups["key"].Value.ToLowerInvariant() is "updated" or "modified" or "lastmod" ? DateRole.Updated : DateRole.Published;
                context.Dates.Add(new StampDate(role, date.Year, date.Month, date.Day, date.Time, date.Offset, segment.Line, "front_matter", text));
            }
        }
    }

    [GeneratedRegex(@"^(?<key>title|date|published|updated|modified|lastmod)\s*:\s*(?<value>\S.*?)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Field();
}
