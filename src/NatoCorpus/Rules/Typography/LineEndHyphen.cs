using NatoCorpus.Text;

namespace NatoCorpus.Rules.Typography;

/// <summary>
/// NC221: a word hyphenated at a printed line's end and joined with a space when the lines became one paragraph:
/// "de pro- téger le territoire" → "de protéger", "précise- t-il" → "précise-t-il". Safe only when the dictionary knows
/// the joined word and not the hyphenated one as one of its forms (so "pré- et post-opératoire", "franco- allemand" are left alone), or
/// when the second part is an inverted pronoun ("dit- il", "a- t-il"); when both spellings are words ("entre- temps")
/// the join is only suggested.
/// </summary>
public sealed class LineEndHyphen : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC221", "line-end-hyphen", "Join a word hyphenated at a printed line end", RuleCategory.Typography, Severity.Warning,
        FixAvailability.Always, FixApplicability.Safe)
    {
        ExtraTags = ["french"],
        ListsEachChange = true,
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "t", "il", "elle", "on", "ils", "elles", "je", "tu", "nous", "vous" };

    public void Check(RuleContext context)
    {
        var text = context.Source.Text;
        var speller = context.Knowledge.Speller;
        foreach (var block in context.Document.FrenchProse)
        {
            var (start, end) = (block.Span.Start, block.Span.End);
            for (var i = start + 1; i + 2 < end; i++)
            {
                if (text[i] != '-' || !char.IsLower(text[i - 1]) || !(LineSpaces.Is(text[i + 1]) || text[i + 1] == '\n'))
                {
                    continue;
                }
                // The raw text still has the line break ("pro-\ntéger"), or a space where it was.
                var next = LineSpaces.Skip(text, i + 1, end);
                if (next < end && text[next] == '\n')
                {
                    next = LineSpaces.Skip(text, next + 1, end);
                }
                if (next >= end || !char.IsLower(text[next]))
                {
                    continue;
                }
                var leftStart = i;
                while (leftStart > start && char.IsLetter(text[leftStart - 1]))
                {
                    leftStart--;
                }
                // The left part is a word's start: after a space, an apostrophe (l’ha- bitude) or the block's start.
                if (leftStart > start && !(LineSpaces.Is(text[leftStart - 1]) || text[leftStart - 1] is '’' or '\'' or '(' or '«' or '\n'))
                {
                    continue;
                }
                var rightEnd = next;
                while (rightEnd < end && char.IsLetter(text[rightEnd]))
                {
                    rightEnd++;
                }
                var left = text[leftStart..i];
                var right = text[next..rightEnd];
                // The edit covers both parts, so the correction records the words as they were ("pro- téger").
                var span = TextSpan.FromBounds(leftStart, rightEnd);
                if (Pronouns.Contains(right) && (right != "t" || (rightEnd < end && text[rightEnd] == '-')))
                {
                    // "précise- t-il", "dit- il": the hyphen of an inversion, the space is the line break's.
                    context.ReportEdit(Descriptor, span, $"\"{left}- {right}\": an inversion broken at a line end", $"{left}-{right}",
                        $"write \"{left}-{right}\"");
                    continue;
                }
                if (rightEnd < end && text[rightEnd] == '-')
                {
                    continue;
                }
                var joined = left + right;
                if (!speller.IsKnown(joined))
                {
                    continue;
                }
                var applicability = speller.IsForm(left + "-" + right) ? FixApplicability.Suggestion : FixApplicability.Safe;
                context.ReportEdit(Descriptor, span, $"\"{left}- {right}\": a word hyphenated at a line end", joined, $"write \"{joined}\"", applicability);
            }
        }
    }
}
