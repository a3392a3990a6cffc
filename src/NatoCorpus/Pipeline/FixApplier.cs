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
        var accepted = new List<TextEdit>();
        var result = new Diagnostic[diagnostics.Count];
        var candidates = diagnostics
            .Select((diagnostic, index) => (diagnostic, index))
            .OrderBy(pair => rank.GetValueOrDefault(pair.diagnostic.Rule.Id, int.MaxValue))
            .ThenBy(pair => pair.diagnostic.Span.Start);
        foreach (var (diagnostic, index) in candidates)
        {
            var applies = diagnostic.Fix is { } fix
                && (fix.Applicability == FixApplicability.Safe || (applyUnsafe && fix.Applicability == FixApplicability.Unsafe))
                && fix.Edits.All(edit => !Conflicts(accepted, edit.Span));
            if (applies)
            {
                foreach (var edit in diagnostic.Fix!.Edits)
                {
                    Insert(accepted, edit);
                }
            }
            result[index] = applies ? diagnostic with { FixedByNormalize = true } : diagnostic;
        }
        return (result, accepted);
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
        var index = LowerBound(sorted, edit.Span.Start);
        while (index < sorted.Count && sorted[index].Span.Start == edit.Span.Start && sorted[index].Span.Length == 0)
        {
            index++;
        }
        sorted.Insert(index, edit);
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
