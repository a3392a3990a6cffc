using NatoCorpus.Model;
using NatoCorpus.Rules;
using NatoCorpus.Text;

namespace NatoCorpus.Pipeline;

/// <summary>
/// Applies a sidecar's suppressions: suppressed findings are neither reported nor fixed. As Roslyn and eslint do,
/// a suppression without a reason and a suppression that suppresses nothing are findings themselves.
/// </summary>
public static class Suppressions
{
    public static RuleDescriptor MissingReason => InternalChecks.SuppressionWithoutReason;

    public static RuleDescriptor Unused => InternalChecks.UnusedSuppression;

    public static IReadOnlyList<Diagnostic> Apply(IReadOnlyList<Diagnostic> diagnostics, Sidecar? sidecar, Func<RuleDescriptor, Severity> severityOf)
    {
        if (sidecar is null || sidecar.Fields.Suppressions.Count == 0)
        {
            return diagnostics;
        }
        var entries = sidecar.Fields.Suppressions;
        var ruleIds = entries.Select(entry => RuleCatalog.Find(entry.Rule)!.Descriptor.Id).ToArray();
        var used = new bool[entries.Count];
        var kept = new List<Diagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            var match = -1;
            for (var i = 0; i < entries.Count && match < 0; i++)
            {
                if (ruleIds[i] == diagnostic.Rule.Id && (entries[i].Line is null || entries[i].Line == diagnostic.Start.Line)
                    && (entries[i].Entry is null || string.Equals(entries[i].Entry, diagnostic.Entry, StringComparison.Ordinal)))
                {
                    match = i;
                }
            }
            if (match < 0)
            {
                kept.Add(diagnostic);
            }
            else
            {
                used[match] = true;
            }
        }
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var where = $"{sidecar.Path}, suppression {i + 1} ({entry.Rule}{(entry.Entry is { } name ? $" entry {name}" : "")}{(entry.Line is { } line ? $" on line {line}" : "")})";
            if (string.IsNullOrWhiteSpace(entry.Reason))
            {
                kept.Add(Diagnostic.AtFileStart(MissingReason, severityOf(MissingReason), $"{where} has no reason: add `reason:`"));
            }
            if (!used[i])
            {
                kept.Add(Diagnostic.AtFileStart(Unused, severityOf(Unused), $"{where} suppresses nothing: remove it"));
            }
        }
        return kept;
    }

}
