using NatoCorpus.Pipeline;
using NatoCorpus.Rules;
using NatoCorpus.Text;

namespace NatoCorpus.Reporting;

/// <summary>An output format. Files arrive one at a time, in order; <see cref="End"/> closes the output.</summary>
public interface IReporter
{
    void File(TextWriter output, FileReport file);

    void End(TextWriter output, ReportSummary summary);
}
