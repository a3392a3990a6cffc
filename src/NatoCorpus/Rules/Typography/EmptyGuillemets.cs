using NatoCorpus.Text;

namespace NatoCorpus.Rules.Typography;

/// <summary>NC203: an empty pair « » glued to a word ("« »Nous") is a broken opening guillemet.</summary>
public sealed class EmptyGuillemets : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC203", "empty-guillemets", "An empty « » pair before a word is a stray opening guillemet", RuleCategory.Typography, Severity.Warning, FixAvailability.Sometimes, FixApplicability.Safe)
    {
        ExtraTags = ["french"],
    };

    public void Check(RuleContext context)
    {
        var text = context.Source.Text;
        var nbsp = context.NoBreakSpace;
        foreach (var block in context.Document.FrenchProse)
        {
            var (start, end) = (block.Span.Start, block.Span.End);
            for (var i = start; i < end; i++)
            {
                if (text[i] != '«')
                {
                    continue;
                }
                var close = LineSpaces.Skip(text, i + 1, end);
                if (close >= end || text[close] != '»')
                {
                    continue;
                }
                var next = LineSpaces.Skip(text, close + 1, end);
                var span = TextSpan.FromBounds(i, next);
                if (next < end && char.IsLetterOrDigit(text[next]))
                {
                    context.ReportEdit(Descriptor, span, "empty « » pair before a word: a stray opening guillemet", $"«{nbsp}", "replace with an opening «");
                }
                else
                {
                    context.Report(Descriptor, TextSpan.FromBounds(i, close + 1), "empty « » pair");
                }
            }
        }
    }
}
