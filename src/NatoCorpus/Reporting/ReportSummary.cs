using NatoCorpus.Pipeline;
using NatoCorpus.Rules;
using NatoCorpus.Text;

namespace NatoCorpus.Reporting;

public sealed record ReportSummary(int Files, int Errors, int Warnings, int Infos, int Fixable, int FixedByNormalize, int Unresolved, int InputErrors, int UnresolvedWarnings);
