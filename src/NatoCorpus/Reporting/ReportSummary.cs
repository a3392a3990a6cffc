using NatoCorpus.Pipeline;
using NatoCorpus.Rules;
using NatoCorpus.Text;

namespace NatoCorpus.Reporting;

/// <param name="Fixable">Findings whose fix the tool applies (normalize on raw texts, `lint --fix` on Markdown).</param>
/// <param name="FixesNotApplied">Findings with a fix that is not applied: a suggestion, an unsafe fix, or one an applied fix overlaps.</param>
public sealed record ReportSummary(
    int Files, int Errors, int Warnings, int Infos, int Fixable, int FixedByNormalize, int Unresolved, int InputErrors, int UnresolvedWarnings,
    int FixesNotApplied = 0);
