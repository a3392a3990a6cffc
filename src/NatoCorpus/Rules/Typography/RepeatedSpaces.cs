using NatoCorpus.Text;

namespace NatoCorpus.Rules.Typography;

/// <summary>NC206: a run of spaces between words is one space (a no-break one if the run had one).</summary>
public sealed class RepeatedSpaces : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC206", "repeated-spaces", "Collapse runs of spaces inside a line", RuleCategory.Typography, Severity.Warning, FixAvailability.Always, FixApplicability.Safe);

    public void Check(RuleContext context)
    {
        var text = context.Source.Text;
        foreach (var block in context.Document.Prose)
        {
            var (start, end) = (block.Span.Start, block.Span.End);
            var i = start;
            while (i < end)
            {
                if (!LineSpaces.Is(text[i]))
                {
                    i++;
                    continue;
                }
                var runEnd = LineSpaces.Skip(text, i, end);
                var run = text[i..runEnd];
                // Runs at a line edge, or next to « » ; : ! ?, belong to the edge, paragraph and punctuation rules.
                var owned = i == start || runEnd == end || text[i - 1] is '\n' or '«' || text[runEnd] is '\n' or '»' or ';' or ':' or '!' or '?'
                    // In French prose, spaces before , and ) and after ( are NC216's, which removes them.
                    || (block.IsFrench && (text[runEnd] is ',' or ')' || text[i - 1] == '('));
                if (!owned && (run.Length > 1 || run[0] == '\t'))
                {
                    // Keep the source's no-break intent if the run had one.
                    var keep = run.FirstOrDefault(Chars.IsNoBreak);
                    var replacement = keep == default ? " " : keep.ToString();
                    context.ReportEdit(Descriptor, TextSpan.FromBounds(i, runEnd), $"{run.Length} spaces in a row ({string.Join(" + ", run.Select(Chars.Show))})", replacement, "one space");
                }
                i = runEnd;
            }
        }
    }
}
