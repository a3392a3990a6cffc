using NatoCorpus.Pipeline;
using NatoCorpus.Rules;
using NatoCorpus.Text;

namespace NatoCorpus.Reporting;

public static class ReporterExtensions
{
    public static void Write(this IReporter reporter, TextWriter output, LintReport report)
    {
        foreach (var file in report.Files)
        {
            reporter.File(output, file);
        }
        reporter.End(output, report.Summary);
    }
}
