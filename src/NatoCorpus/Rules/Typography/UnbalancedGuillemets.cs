using NatoCorpus.Text;

namespace NatoCorpus.Rules.Typography;

/// <summary>NC210: every « is closed by a » (after repairing empty pairs); an unclosed quote cannot be fixed mechanically.</summary>
public sealed class UnbalancedGuillemets : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC210", "unbalanced-guillemets", "Every « needs its »", RuleCategory.Typography, Severity.Error, FixAvailability.None, null)
    {
        ExtraTags = ["french"],
    };

    public void Check(RuleContext context)
    {
        var text = context.Source.Text;
        var open = new Stack<int>();
        foreach (var block in context.Document.FrenchProse)
        {
            for (var i = block.Span.Start; i < block.Span.End; i++)
            {
                if (text[i] == '«')
                {
                    var next = LineSpaces.Skip(text, i + 1, block.Span.End);
                    if (next < block.Span.End && text[next] == '»')
                    {
                        // An empty pair is NC203's: it counts as the opening guillemet it is repaired to.
                        i = next;
                    }
                    open.Push(i);
                }
                else if (text[i] == '»')
                {
                    if (open.Count == 0)
                    {
                        context.Report(Descriptor, new TextSpan(i, 1), "» closes a quotation that was never opened");
                    }
                    else
                    {
                        open.Pop();
                    }
                }
            }
        }
        foreach (var position in open.Reverse())
        {
            context.Report(Descriptor, new TextSpan(position, 1), "« opens a quotation that is never closed");
        }
    }
}
