using System.Globalization;
using NatoCorpus.Reporting;
using NatoCorpus.Rules;
using NatoCorpus.Text;

namespace NatoCorpus.Commands;

/// <summary>
/// `--max-warnings N`: the unresolved warnings counted by rule and file, so a run that fails on them says which ones
/// (eslint prints only "too many warnings (maximum: N)", which leaves the user to find them in a long report).
/// Counts what the exit code counts: warnings normalize does not resolve, after the focus options.
/// </summary>
public sealed class WarningBudget(int maximum)
{
    /// <summary>Files named for each rule; the others are counted.</summary>
    private const int FilesShown = 3;

    private readonly Dictionary<string, (RuleDescriptor Rule, Dictionary<string, int> Files)> _byRule = new(StringComparer.Ordinal);

    public int Maximum { get; } = maximum;

    public void Add(FileReport file)
    {
        foreach (var diagnostic in file.Diagnostics.Where(diagnostic => diagnostic.Severity == Severity.Warning && !diagnostic.FixedByNormalize))
        {
            if (!_byRule.TryGetValue(diagnostic.Rule.Id, out var entry))
            {
                entry = (diagnostic.Rule, new Dictionary<string, int>(StringComparer.Ordinal));
                _byRule[diagnostic.Rule.Id] = entry;
            }
            entry.Files[file.Path] = entry.Files.GetValueOrDefault(file.Path) + 1;
        }
    }

    /// <summary>
    /// When the run has more unresolved warnings than allowed, the lines saying so (on standard error, so a
    /// machine-readable report stays as it is): the count and maximum, then each rule, most frequent first, with
    /// the files that hold its warnings. Nothing when within the budget.
    /// </summary>
    public void WriteIfExceeded(TextWriter error, ReportSummary summary)
    {
        if (summary.UnresolvedWarnings <= Maximum)
        {
            return;
        }
        var culture = CultureInfo.InvariantCulture;
        error.WriteLine($"natocorpus: too many warnings: {summary.UnresolvedWarnings.ToString(culture)} unresolved (maximum: {Maximum.ToString(culture)})");
        var rules = _byRule.Values
            .Select(entry => (entry.Rule, entry.Files, Count: entry.Files.Values.Sum()))
            .OrderByDescending(entry => entry.Count)
            .ThenBy(entry => entry.Rule.Id, StringComparer.Ordinal)
            .ToArray();
        var width = rules.Length == 0 ? 1 : rules.Max(entry => entry.Count.ToString(culture).Length);
        foreach (var (rule, files, count) in rules)
        {
            var named = files.OrderByDescending(file => file.Value).ThenBy(file => file.Key, StringComparer.Ordinal).ToArray();
            var shown = string.Join(", ", named.Take(FilesShown).Select(file => $"{Printable.Escape(file.Key)} ({file.Value.ToString(culture)})"));
            var more = named.Length > FilesShown ? $" and {(named.Length - FilesShown).ToString(culture)} more files" : "";
            error.WriteLine($"  {count.ToString(culture).PadLeft(width)}  {rule.Id} {rule.Name}: {shown}{more}");
        }
    }
}
