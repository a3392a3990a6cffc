using NatoCorpus.Text;

namespace NatoCorpus.Rules.Typography;

/// <summary>
/// NC213: French prose quotes with « » (no-break spaces inside). Balanced straight "…" and English “…” pairs are
/// converted; a pair nested inside « » becomes (or stays) “ ”, the French second level. Quotes that do not pair up
/// cleanly (an odd count, a quote between two spaces, an inch mark) are reported and left: guessing which one is
/// missing would rewrite evidence.
/// </summary>
public sealed class FrenchQuotes : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC213", "french-quotes", "Quote with « » instead of straight or English double quotes", RuleCategory.Typography, Severity.Warning, FixAvailability.Sometimes, FixApplicability.Safe)
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
            var straight = StraightPairs(text, start, end);
            if (straight is null)
            {
                for (var i = start; i < end; i++)
                {
                    if (text[i] == '"')
                    {
                        context.Report(Descriptor, new TextSpan(i, 1), "straight double quote that does not pair up: check the quotation");
                    }
                }
                straight = [];
            }
            var straightAt = straight.SelectMany(pair => new[] { (pair.Open, true), (pair.Close, false) }).ToDictionary(item => item.Item1, item => item.Item2);
            var closeOf = straight.ToDictionary(pair => pair.Open, pair => pair.Close);
            var nestedStraightCloses = new HashSet<int>();
            var englishCloses = new HashSet<int>();

            // Walk the block once, knowing how deep inside a quotation each mark stands.
            var depth = 0;
            var nestedEnglish = 0;
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (c == '«')
                {
                    depth++;
                }
                else if (c == '»')
                {
                    depth = Math.Max(0, depth - 1);
                }
                else if (c == '"' && straightAt.TryGetValue(i, out var opens))
                {
                    if ((opens && depth > 0) || (!opens && nestedStraightCloses.Contains(i)))
                    {
                        // Inside « »: the second level is “ ”.
                        if (opens)
                        {
                            nestedStraightCloses.Add(closeOf[i]);
                        }
                        context.ReportEdit(Descriptor, new TextSpan(i, 1), "straight quote inside « »", opens ? "“" : "”", opens ? "replace with “" : "replace with ”");
                        continue;
                    }
                    ReportPairMark(context, text, i, opens, start, end, nbsp, "straight double quote");
                    depth += opens ? 1 : -1;
                }
                else if (c == '“')
                {
                    if (depth > 0 || nestedEnglish > 0)
                    {
                        nestedEnglish++;
                        continue;
                    }
                    var close = text.IndexOf('”', i + 1, end - i - 1);
                    var reopen = text.IndexOf('“', i + 1, end - i - 1);
                    if (close < 0 || (reopen >= 0 && reopen < close))
                    {
                        context.Report(Descriptor, new TextSpan(i, 1), "“ opens a quotation that is not closed by ”: check the quotation");
                        continue;
                    }
                    ReportPairMark(context, text, i, true, start, end, nbsp, "English opening quote");
                    ReportPairMark(context, text, close, false, start, end, nbsp, "English closing quote");
                    // The inside is at depth 1 until the closing mark, which the walk then skips.
                    depth++;
                    englishCloses.Add(close);
                }
                else if (c == '”')
                {
                    if (nestedEnglish > 0)
                    {
                        nestedEnglish--;
                    }
                    else if (englishCloses.Remove(i))
                    {
                        depth = Math.Max(0, depth - 1);
                    }
                    else
                    {
                        context.Report(Descriptor, new TextSpan(i, 1), "” closes a quotation that was never opened: check the quotation");
                    }
                }
            }
        }
    }

    /// <summary>One quote mark to « or », taking any spaces on its inner side with it.</summary>
    private void ReportPairMark(RuleContext context, string text, int at, bool opens, int start, int end, char nbsp, string what)
    {
        if (opens)
        {
            var inner = LineSpaces.Skip(text, at + 1, end);
            context.ReportEdit(Descriptor, TextSpan.FromBounds(at, inner), $"{what}: French quotes with «", $"«{nbsp}", "replace with « and a no-break space");
        }
        else
        {
            var inner = LineSpaces.SkipBack(text, at, start);
            context.ReportEdit(Descriptor, TextSpan.FromBounds(inner, at + 1), $"{what}: French quotes with »", $"{nbsp}»", "replace with a no-break space and »");
        }
    }

    /// <summary>
    /// The straight double quotes of a block as (open, close) pairs, or null when they do not pair up cleanly: each
    /// opening one stands after a space, a line start or an opening bracket and before a non-space; each closing one
    /// after a non-space and before a space, punctuation or the end; they alternate.
    /// </summary>
    private static List<(int Open, int Close)>? StraightPairs(string text, int start, int end)
    {
        var pairs = new List<(int, int)>();
        int? open = null;
        for (var i = start; i < end; i++)
        {
            if (text[i] != '"')
            {
                continue;
            }
            var before = i == start ? '\n' : text[i - 1];
            var after = i + 1 >= end ? '\n' : text[i + 1];
            var canOpen = (char.IsWhiteSpace(before) || before is '(' or '[' or '’' or '\'' or '«' or '—' or '–') && !char.IsWhiteSpace(after) && !char.IsPunctuation(after) || (after is '…' && char.IsWhiteSpace(before));
            var canClose = !char.IsWhiteSpace(before) && (char.IsWhiteSpace(after) || char.IsPunctuation(after) || after is '»');
            if (open is null && canOpen)
            {
                open = i;
            }
            else if (open is { } opened && canClose)
            {
                pairs.Add((opened, i));
                open = null;
            }
            else
            {
                return null;
            }
        }
        return open is null ? pairs : null;
    }
}
