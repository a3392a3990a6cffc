using System.Globalization;
using System.Text;
using NatoCorpus.Rules;
using NatoCorpus.Text;

namespace NatoCorpus.Reporting;

/// <summary>
/// The Markdown job summary of the github format (written to $GITHUB_STEP_SUMMARY): the findings counted by rule and
/// by file. GitHub shows at most 10 annotations of each type per step, so on a large pull request the summary is
/// where every finding is counted. It keeps counts, never findings, so a run of any size holds one row per file
/// that has findings; the file table is capped at <see cref="MaxFileRows"/> rows, worst first.
/// </summary>
public sealed class JobSummary
{
    /// <summary>Rows of the file table; the rest are counted in one line (GitHub caps a step's summary at 1 MiB).</summary>
    public const int MaxFileRows = 50;

    private sealed class RuleRow(RuleDescriptor rule, Severity severity)
    {
        public RuleDescriptor Rule { get; } = rule;

        /// <summary>The severity in force (the configuration may change a rule's default).</summary>
        public Severity Severity { get; } = severity;

        public int Findings { get; set; }
        public int Unresolved { get; set; }
        public int FixedByNormalize { get; set; }
        public HashSet<string> Files { get; } = new(StringComparer.Ordinal);
    }

    private sealed record FileRow(string Path, int Errors, int Warnings, int Infos, int Unresolved, string? InputError);

    private readonly Dictionary<string, RuleRow> _rules = new(StringComparer.Ordinal);
    private readonly List<FileRow> _files = [];

    public void Add(FileReport file)
    {
        if (file.Diagnostics.Count == 0 && file.Error is null)
        {
            return;
        }
        int errors = 0, warnings = 0, infos = 0, unresolved = 0;
        foreach (var diagnostic in file.Diagnostics)
        {
            if (!_rules.TryGetValue(diagnostic.Rule.Id, out var row))
            {
                _rules[diagnostic.Rule.Id] = row = new RuleRow(diagnostic.Rule, diagnostic.Severity);
            }
            row.Findings++;
            row.Files.Add(file.Path);
            if (diagnostic.FixedByNormalize)
            {
                row.FixedByNormalize++;
            }
            // What counts for the exit code, as the summary line counts it: errors and warnings normalize leaves.
            else if (diagnostic.Severity != Severity.Info)
            {
                row.Unresolved++;
                unresolved++;
            }
            _ = diagnostic.Severity switch
            {
                Severity.Error => errors++,
                Severity.Warning => warnings++,
                _ => infos++,
            };
        }
        _files.Add(new FileRow(file.Path, errors, warnings, infos, unresolved, file.Error?.Message));
    }

    /// <summary>The summary as GitHub-flavoured Markdown, with every file name and message escaped.</summary>
    public string Render(string title, ReportSummary summary)
    {
        var text = new StringBuilder();
        var verdict = summary.InputErrors > 0 ? $"{summary.InputErrors} unreadable inputs"
            : summary.Unresolved > 0 ? $"{summary.Unresolved} unresolved errors"
            : "no unresolved error";
        text.Append(CultureInfo.InvariantCulture, $"## {Escape(title)}: {verdict}\n\n");
        text.Append(CultureInfo.InvariantCulture,
            $"{summary.Files} files, {summary.Errors} errors, {summary.Warnings} warnings, {summary.Infos} infos, ");
        text.Append(CultureInfo.InvariantCulture,
            $"{summary.FixedByNormalize} fixed by normalize, {summary.Unresolved} unresolved errors, {summary.UnresolvedWarnings} unresolved warnings.\n\n");
        if (_rules.Count == 0 && _files.Count == 0)
        {
            return text.Append("No findings.\n").ToString();
        }
        text.Append("GitHub shows at most 10 annotations of each type per step: every finding is counted here");
        text.Append(" (and listed in code scanning when the SARIF log is uploaded).\n\n");
        text.Append("### Findings by rule\n\n| Rule | Name | Severity | Findings | Unresolved | Fixed by normalize | Files |\n");
        text.Append("| --- | --- | --- | ---: | ---: | ---: | ---: |\n");
        foreach (var row in _rules.Values.OrderByDescending(row => row.Unresolved).ThenByDescending(row => row.Findings)
                     .ThenBy(row => row.Rule.Id, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"| {row.Rule.Id} | {Escape(row.Rule.Name)} | {row.Severity.ToString().ToLowerInvariant()} ");
            text.Append(CultureInfo.InvariantCulture, $"| {row.Findings} | {row.Unresolved} | {row.FixedByNormalize} | {row.Files.Count} |\n");
        }
        var files = _files.OrderByDescending(row => row.InputError is not null).ThenByDescending(row => row.Unresolved)
            .ThenByDescending(row => row.Errors).ThenByDescending(row => row.Warnings).ThenBy(row => row.Path, StringComparer.Ordinal).ToArray();
        text.Append("\n### Findings by file\n\n| File | Errors | Warnings | Infos | Unresolved |\n| --- | ---: | ---: | ---: | ---: |\n");
        foreach (var row in files.Take(MaxFileRows))
        {
            var name = row.InputError is null ? Escape(row.Path) : $"{Escape(row.Path)} (unreadable: {Escape(row.InputError)})";
            text.Append(CultureInfo.InvariantCulture, $"| {name} | {row.Errors} | {row.Warnings} | {row.Infos} | {row.Unresolved} |\n");
        }
        if (files.Length > MaxFileRows)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n… and {files.Length - MaxFileRows} more files with findings");
            text.Append(" (see the SARIF log or the text report).\n");
        }
        return text.ToString();
    }

    // The ASCII punctuation Markdown or GitHub's extensions give a meaning to (emphasis, code, links, autolinks, HTML,
    // entities, tables, headings, lists); "/" and "," have none and stay readable in paths.
    private const string MarkdownPunctuation = "\\`*_{}[]<>()#+-.!|~^$=&:;\"'@%?";

    /// <summary>
    /// File names and messages are untrusted: control and invisible characters are shown by code (Printable), and
    /// Markdown's punctuation is backslash-escaped, as CommonMark allows for any ASCII punctuation, so no name can
    /// close a table cell, start a link, an image or an autolink, open an HTML tag or a code span.
    /// </summary>
    public static string Escape(string value)
    {
        var printable = Printable.Escape(value);
        var builder = new StringBuilder(printable.Length + 8);
        foreach (var c in printable)
        {
            if (MarkdownPunctuation.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }
            builder.Append(c);
        }
        return builder.ToString();
    }
}
