using NatoCorpus.Pipeline;
using NatoCorpus.Rules;
using NatoCorpus.Text;

namespace NatoCorpus.Reporting;

/// <summary>The findings of one file, as every output format sees them.</summary>
public sealed record FileReport(string Path, SourceText? Source, IReadOnlyList<Diagnostic> Diagnostics, InputError? Error);

public sealed record ReportSummary(int Files, int Errors, int Warnings, int Infos, int Fixable, int FixedByNormalize, int Unresolved, int InputErrors);

/// <summary>Everything a lint or check run found, in file order then position order.</summary>
public sealed record LintReport(IReadOnlyList<FileReport> Files)
{
    public ReportSummary Summary { get; } = Summarize(Files);

    private static ReportSummary Summarize(IReadOnlyList<FileReport> files)
    {
        var all = files.SelectMany(file => file.Diagnostics).ToArray();
        return new ReportSummary(
            files.Count,
            all.Count(diagnostic => diagnostic.Severity == Severity.Error),
            all.Count(diagnostic => diagnostic.Severity == Severity.Warning),
            all.Count(diagnostic => diagnostic.Severity == Severity.Info),
            all.Count(diagnostic => diagnostic.Fix is not null),
            all.Count(diagnostic => diagnostic.FixedByNormalize),
            all.Count(diagnostic => diagnostic.Severity == Severity.Error && !diagnostic.FixedByNormalize),
            files.Count(file => file.Error is not null));
    }
}

public interface IReporter
{
    void Write(TextWriter output, LintReport report);
}
