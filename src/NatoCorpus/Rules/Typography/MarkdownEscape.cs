using System.Text.RegularExpressions;
using NatoCorpus.Text;

namespace NatoCorpus.Rules.Typography;

/// <summary>NC211: a paragraph that starts like Markdown syntax ("# ", "- ", "1. ", "> ") is escaped so it stays text.</summary>
public sealed partial class MarkdownEscape : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC211", "markdown-escape", "Escape text that Markdown would read as syntax", RuleCategory.Typography, Severity.Info, FixAvailability.Always, FixApplicability.Safe);

    public void Check(RuleContext context)
    {
        var text = context.Source.Text;
        foreach (var block in context.Document.Paragraphs.Where(block => !block.IsMarkdownHeading))
        {
            // Lines inside a block are joined by NC208, so only the paragraph's start can read as a block marker.
            var start = LineSpaces.Skip(text, block.Span.Start, block.Span.End);
            var match = BlockMarker().Match(text, start, block.Span.End - start);
            if (match.Success)
            {
                var at = match.Groups["marker"].Index;
                context.ReportEdit(Descriptor, new TextSpan(at, 0), $"\"{match.Value.Trim()}\" at the start of a paragraph is Markdown syntax", "\\", "escape it with a backslash");
            }
        }
    }

    [GeneratedRegex(@"\G(?:(?<marker>#{1,6})(?=[ \t]|$)|(?<marker>>)|(?<marker>[-+*])(?=[ \t])|\d{1,9}(?<marker>[.)])(?=[ \t])|(?<marker>={3}|`{3}|~{3}))", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex BlockMarker();
}
