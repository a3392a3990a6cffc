using NatoCorpus.Rules;
using NatoCorpus.Text;

namespace NatoCorpus.Pipeline;

/// <summary>
/// Chooses which safe fixes normalize applies. A fix is applied whole or not at all; when two touch the same
/// text, the one from the rule earlier in the catalogue wins and the other stays reported (as ESLint does).
/// </summary>
public static class FixApplier
{
    public static (IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<TextEdit> Edits) Apply(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<IRule> order, bool applyUnsafe = false)
    {
        var rank = order.Select((rule, index) => (rule.Descriptor.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);
        // Edits accepted from earlier rules, and from the current rule: a rule's edits arrive in text order, so they
        // are appended, and merged into the rest once per rule. Inserting each edit into one sorted list would cost
        // the list's length per edit: quadratic for a rule that fires on every « of a one-line megabyte.
        var accepted = new List<TextEdit>();
        var pending = new List<TextEdit>();
        var claims = new HashSet<TextEdit>();
        var currentRank = -1;
        var result = new Diagnostic[diagnostics.Count];
        var candidates = diagnostics
            .Select((diagnostic, index) => (diagnostic, index, rank: rank.GetValueOrDefault(diagnostic.Rule.Id, int.MaxValue)))
            .OrderBy(pair => pair.rank)
            .ThenBy(pair => pair.diagnostic.Span.Start);
        foreach (var (diagnostic, index, ruleRank) in candidates)
        {
            if (ruleRank != currentRank)
            {
                accepted = Merge(accepted, pending);
                pending.Clear();
                currentRank = ruleRank;
            }
            var applies = diagnostic.Fix is { } fix
                && (fix.Applicability == FixApplicability.Safe || (applyUnsafe && fix.Applicability == FixApplicability.Unsafe))
                && fix.Edits.All(edit => !Conflicts(accepted, edit.Span) && !Conflicts(pending, edit.Span))
                && (fix.Moves is not { } moved || (!Conflicts(accepted, moved) && !Conflicts(pending, moved)));
            if (applies)
            {
                foreach (var edit in diagnostic.Fix!.Edits)
                {
                    Insert(pending, edit);
                }
                if (diagnostic.Fix.Moves is { } block)
                {
                    // A moved block is claimed like an edit, so no later fix changes a line that leaves the body; the
                    // claim is not an edit the renderer applies (it renders paragraphs only) and is not returned.
                    var claim = new TextEdit(block, "");
                    Insert(pending, claim);
                    claims.Add(claim);
                }
            }
            result[index] = applies ? diagnostic with { FixedByNormalize = true, FixApplied = true } : diagnostic;
        }
        var all = Merge(accepted, pending);
        return (result, claims.Count == 0 ? all : all.Where(edit => !claims.Contains(edit)).ToList());
    }

    private static bool Conflicts(List<TextEdit> sorted, TextSpan span)
    {
        var index = LowerBound(sorted, span.Start);
        // Only neighbours around the insertion point can overlap: edits are disjoint and sorted.
        for (var i = Math.Max(0, index - 1); i < sorted.Count && sorted[i].Span.Start <= span.End; i++)
        {
            if (sorted[i].Span.ConflictsWith(span))
            {
                return true;
            }
        }
        return false;
    }

    private static void Insert(List<TextEdit> sorted, TextEdit edit)
    {
        // Accepted edits never share a start (that is a conflict), so the place is unique; in text order it is the end.
        if (sorted.Count == 0 || sorted[^1].Span.Start < edit.Span.Start)
        {
            sorted.Add(edit);
            return;
        }
        sorted.Insert(LowerBound(sorted, edit.Span.Start), edit);
    }

    /// <summary>Two sorted lists of disjoint edits as one sorted list.</summary>
    private static List<TextEdit> Merge(List<TextEdit> first, List<TextEdit> second)
    {
        if (second.Count == 0)
        {
            return first;
        }
        var merged = new List<TextEdit>(first.Count + second.Count);
        int i = 0, j = 0;
        while (i < first.Count || j < second.Count)
        {
            merged.Add(j == second.Count || (i < first.Count && first[i].Span.Start <= second[j].Span.Start) ? first[i++] : second[j++]);
        }
        return merged;
    }

    private static int LowerBound(IReadOnlyList<TextEdit> sorted, int start)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sorted[middle].Span.Start < start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    /// <summary>The text of <paramref name="span"/> with the edits that fall inside it applied.</summary>
    public static string Render(SourceText source, TextSpan span, IReadOnlyList<TextEdit> sortedEdits)
    {
        var builder = new System.Text.StringBuilder(span.Length);
        var position = span.Start;
        var index = LowerBound(sortedEdits, span.Start);
        for (; index < sortedEdits.Count && sortedEdits[index].Span.Start <= span.End; index++)
        {
            var edit = sortedEdits[index];
            if (!span.Contains(edit.Span))
            {
                continue;
            }
            builder.Append(source.Text, position, edit.Span.Start - position);
            builder.Append(edit.NewText);
            position = edit.Span.End;
        }
        builder.Append(source.Text, position, span.End - position);
        return builder.ToString();
    }
}
