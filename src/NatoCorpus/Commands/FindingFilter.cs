using System.Globalization;
using NatoCorpus.Reporting;
using NatoCorpus.Rules;

namespace NatoCorpus.Commands;

/// <summary>The focus options as given on the command line, checked by <see cref="FindingFilter.From"/>.</summary>
/// <param name="Unresolved">Leave out the findings normalize resolves (on raw texts: noise for an archivist).</param>
public sealed record FocusOptions(
    bool Quiet = false, string? MinSeverity = null, IReadOnlyList<string>? Rules = null, IReadOnlyList<string>? IgnoreRules = null, bool SummaryByRule = false,
    bool Unresolved = false);

/// <summary>
/// Which findings a run reports and counts (eslint's --quiet, Vale's --minAlertLevel, ruff's --select and
/// --ignore): a finding left out is neither shown nor counted in the summary or the exit code, so `--quiet`
/// passes when only warnings remain. Unreadable input is never filtered.
/// </summary>
public sealed class FindingFilter
{
    private readonly Severity _minSeverity;
    private readonly IReadOnlySet<string>? _rules;
    private readonly IReadOnlySet<string> _ignored;
    private readonly bool _unresolvedOnly;

    private FindingFilter(Severity minSeverity, IReadOnlySet<string>? rules, IReadOnlySet<string> ignored, bool unresolvedOnly) =>
        (_minSeverity, _rules, _ignored, _unresolvedOnly) = (minSeverity, rules, ignored, unresolvedOnly);

    public static FindingFilter All { get; } = new(Severity.Info, null, new HashSet<string>(StringComparer.Ordinal), false);

    public static readonly IReadOnlyList<string> Severities = ["info", "warning", "error"];

    /// <summary>The filter the options ask for, or the one line saying which option is wrong.</summary>
    public static (FindingFilter? Filter, string? Problem) From(FocusOptions? options)
    {
        if (options is null)
        {
            return (All, null);
        }
        var minSeverity = Severity.Info;
        if (options.MinSeverity is { } text)
        {
            var index = Severities.ToList().IndexOf(text.ToLowerInvariant());
            if (index < 0)
            {
                return (null, $"--min-severity {text}: not one of {string.Join(", ", Severities)}");
            }
            minSeverity = (Severity)index;
        }
        if (options.Quiet)
        {
            minSeverity = Severity.Error;
        }
        var (rules, rulesProblem) = Resolve("--rule", options.Rules);
        var (ignored, ignoredProblem) = Resolve("--ignore-rule", options.IgnoreRules);
        if ((rulesProblem ?? ignoredProblem) is { } problem)
        {
            return (null, problem);
        }
        return (new FindingFilter(minSeverity, rules, ignored ?? new HashSet<string>(StringComparer.Ordinal), options.Unresolved), null);
    }

    /// <summary>Rule ids from ids or names, one per option or comma-separated; null when none is given.</summary>
    private static (IReadOnlySet<string>? Ids, string? Problem) Resolve(string option, IReadOnlyList<string>? values)
    {
        if (values is null || values.Count == 0)
        {
            return (null, null);
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values.SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (RuleCatalog.FindDescriptor(value) is not { } rule)
            {
                var suggestion = Text.ClosestWord.Among(value, RuleCatalog.Descriptors.SelectMany(descriptor => new[] { descriptor.Id, descriptor.Name }));
                return (null, $"{option} {value}: no such rule{(suggestion is null ? "" : $" (did you mean {suggestion}?)")} (`natocorpus rules` lists them)");
            }
            ids.Add(rule.Id);
        }
        return (ids, null);
    }

    public bool Keeps(Diagnostic diagnostic) =>
        diagnostic.Severity >= _minSeverity && (_rules is null || _rules.Contains(diagnostic.Rule.Id)) && !_ignored.Contains(diagnostic.Rule.Id)
        && !(_unresolvedOnly && diagnostic.FixedByNormalize);

    public FileReport Apply(FileReport file) =>
        ReferenceEquals(this, All) || file.Diagnostics.All(Keeps) ? file : file with { Diagnostics = file.Diagnostics.Where(Keeps).ToArray() };
}

/// <summary>
/// The findings counted by rule, printed after a text report (as markdownlint-cli2's summarize formatter): which
/// rules the work is in, most frequent first.
/// </summary>
public sealed class RuleTally
{
    private readonly Dictionary<string, (RuleDescriptor Rule, int Count, int Errors, int Warnings, int Infos, int FixedByNormalize)> _counts = new(StringComparer.Ordinal);

    public void Add(FileReport file)
    {
        foreach (var diagnostic in file.Diagnostics)
        {
            var (rule, count, errors, warnings, infos, fixedByNormalize) = _counts.GetValueOrDefault(diagnostic.Rule.Id, (diagnostic.Rule, 0, 0, 0, 0, 0));
            _counts[diagnostic.Rule.Id] = (rule, count + 1,
                errors + (diagnostic.Severity == Severity.Error ? 1 : 0),
                warnings + (diagnostic.Severity == Severity.Warning ? 1 : 0),
                infos + (diagnostic.Severity == Severity.Info ? 1 : 0),
                fixedByNormalize + (diagnostic.FixedByNormalize ? 1 : 0));
        }
    }

    public void Write(TextWriter output)
    {
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine();
        output.WriteLine("findings by rule:");
        if (_counts.Count == 0)
        {
            output.WriteLine("  none");
            return;
        }
        var width = _counts.Values.Max(entry => entry.Count).ToString(culture).Length;
        var nameWidth = _counts.Values.Max(entry => entry.Rule.Name.Length);
        foreach (var (rule, count, errors, warnings, infos, fixedByNormalize) in _counts.Values.OrderByDescending(entry => entry.Count).ThenBy(entry => entry.Rule.Id, StringComparer.Ordinal))
        {
            var severities = string.Join(", ", new[] { (errors, "errors"), (warnings, "warnings"), (infos, "infos") }.Where(part => part.Item1 > 0).Select(part => $"{part.Item1.ToString(culture)} {part.Item2}"));
            var resolved = fixedByNormalize > 0 ? $", {fixedByNormalize.ToString(culture)} fixed by normalize" : "";
            output.WriteLine($"  {count.ToString(culture).PadLeft(width)}  {rule.Id} {rule.Name.PadRight(nameWidth)}  {severities}{resolved}");
        }
    }
}
