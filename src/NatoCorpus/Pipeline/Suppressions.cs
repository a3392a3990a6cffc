using NatoCorpus.Model;
using NatoCorpus.Rules;
using NatoCorpus.Text;

namespace NatoCorpus.Pipeline;

/// <summary>
/// Applies a sidecar's suppressions and a Markdown file's disable comments: suppressed findings are neither
/// reported nor fixed. As Roslyn and eslint do, a suppression without a reason and a suppression that suppresses
/// nothing are findings themselves, placed where the suppression is written (the sidecar's entry, the comment).
/// </summary>
public static class Suppressions
{
    public static RuleDescriptor MissingReason => InternalChecks.SuppressionWithoutReason;

    public static RuleDescriptor Unused => InternalChecks.UnusedSuppression;

    /// <summary>The findings left after the sidecar's suppressions, and the findings about those suppressions.</summary>
    public static IReadOnlyList<Diagnostic> Apply(IReadOnlyList<Diagnostic> diagnostics, Sidecar? sidecar, EngineOptions options, SourceText source)
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
                if (ruleIds[i] == diagnostic.Rule.Id && Targets(entries[i], diagnostic, source))
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
            var where = $"suppression {i + 1} ({entry.Rule}{Target(entry)})";
            var place = i < sidecar.SuppressionPlaces.Count ? sidecar.SuppressionPlaces[i] : new LinePosition(1, 1);
            if (string.IsNullOrWhiteSpace(entry.Reason))
            {
                Report(kept, options, MissingReason, sidecar.Path, place, $"{where} has no reason: add `reason:`");
            }
            if (!used[i])
            {
                Report(kept, options, Unused, sidecar.Path, place, $"{where} suppresses nothing: remove it");
            }
        }
        return kept;
    }

    /// <summary>
    /// The findings left after a Markdown file's disable comments, and the findings about the comments (no reason,
    /// an unknown rule, nothing disabled), in that file at the comment.
    /// </summary>
    public static IReadOnlyList<Diagnostic> ApplyInline(
        IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<InlineDirectives.Directive> directives, EngineOptions options, SourceText source)
    {
        if (directives.Count == 0)
        {
            return diagnostics;
        }
        var covers = directives.Select((_, i) => InlineDirectives.Covers(source, directives, i)).ToArray();
        var used = new bool[directives.Count];
        var kept = new List<Diagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            var match = -1;
            for (var i = 0; i < directives.Count && match < 0; i++)
            {
                var (from, to) = covers[i];
                if (directives[i].Kind != "enable" && diagnostic.Start.Line >= from && diagnostic.Start.Line <= to && directives[i].Names(diagnostic.Rule)
                    && diagnostic.Rule != MissingReason && diagnostic.Rule != Unused)
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
        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            var place = new LinePosition(directive.Line, directive.Column);
            if (directive.Unknown.FirstOrDefault() is { } unknown)
            {
                Report(kept, options, Unused, null, place, $"`{directive.Text}` names no rule '{unknown}' (see `natocorpus rules`)");
                continue;
            }
            if (directive.Kind == "enable")
            {
                continue;
            }
            if (directive.Reason is null)
            {
                var example = $"<!-- natocorpus-{directive.Kind} NC204 -- why -->";
                Report(kept, options, MissingReason, null, place, $"`{directive.Text}` has no reason: add one after `--` (`{example}`)");
            }
            if (!used[i])
            {
                Report(kept, options, Unused, null, place, $"`{directive.Text}` disables nothing: remove it");
            }
        }
        return kept;
    }

    /// <summary>Whether a suppression's targets (line, column, matched text, data entry) all fit the finding.</summary>
    private static bool Targets(SuppressionEntry entry, Diagnostic diagnostic, SourceText source) =>
        (entry.Line is null || entry.Line == diagnostic.Start.Line)
        && (entry.Column is null || entry.Column == diagnostic.Start.Column)
        && (entry.Entry is null || string.Equals(entry.Entry, diagnostic.Entry, StringComparison.Ordinal))
        && (entry.Match is null || (diagnostic.Span.End <= source.Text.Length
            && string.Equals(Nfc.Compose(entry.Match), Nfc.Compose(source[diagnostic.Span]), StringComparison.Ordinal)));

    private static string Target(SuppressionEntry entry) =>
        (entry.Entry is { } name ? $" entry {name}" : "") + (entry.Match is { } match ? $" on '{match}'" : "")
        + (entry.Line is { } line ? $" on line {line}" : "") + (entry.Column is { } column ? $" column {column}" : "");

    private static void Report(List<Diagnostic> kept, EngineOptions options, RuleDescriptor rule, string? path, LinePosition place, string message)
    {
        if (options.IsEnabled(rule))
        {
            kept.Add(new Diagnostic(rule, options.SeverityOf(rule), message, new TextSpan(0, 0), place, place, null) { Path = path });
        }
    }
}
