using NatoCorpus.Pipeline;
using NatoCorpus.Rules;
using NatoCorpus.Text;

namespace NatoCorpus.Reporting;

/// <summary>A whole report in memory: for tests and small runs; commands stream file by file instead.</summary>
public sealed record LintReport(IReadOnlyList<FileReport> Files)
{
    public ReportSummary Summary { get; } = Summarize(Files);

    private static ReportSummary Summarize(IReadOnlyList<FileReport> files)
    {
        var builder = new SummaryBuilder();
        foreach (var file in files)
        {
            builder.Add(file);
        }
        return builder.Build();
    }
}
