using NatoCorpus.Pipeline;
using NatoCorpus.Rules;
using NatoCorpus.Text;

namespace NatoCorpus.Reporting;

/// <summary>The findings of one file, as every output format sees them.</summary>
public sealed record FileReport(string Path, SourceText? Source, IReadOnlyList<Diagnostic> Diagnostics, InputError? Error)
{
    /// <summary>Reads the source only if a format shows it (the text format's excerpts), e.g. on a cache hit.</summary>
    public Func<SourceText?>? LoadSource { get; init; }

    public SourceText? GetSource() => Source ?? LoadSource?.Invoke();
}

public sealed record ReportSummary(int Files, int Errors, int Warnings, int Infos, int Fixable, int FixedByNormalize, int Unresolved, int InputErrors, int UnresolvedWarnings);

/// <summary>Counts findings file by file, so a run never holds more than one file's findings to summarize them.</summary>
public sealed class SummaryBuilder
{
    private int _files, _errors, _warnings, _infos, _fixable, _fixed, _unresolved, _inputErrors, _unresolvedWarnings;

    public void Add(FileReport file)
    {
        _files++;
        if (file.Error is not null)
        {
            _inputErrors++;
        }
        foreach (var diagnostic in file.Diagnostics)
        {
            switch (diagnostic.Severity)
            {
                case Severity.Error:
                    _errors++;
                    _unresolved += diagnostic.FixedByNormalize ? 0 : 1;
                    break;
                case Severity.Warning:
                    _warnings++;
                    _unresolvedWarnings += diagnostic.FixedByNormalize ? 0 : 1;
                    break;
                default:
                    _infos++;
                    break;
            }
            _fixable += diagnostic.Fix is null ? 0 : 1;
            _fixed += diagnostic.FixedByNormalize ? 1 : 0;
        }
    }

    public ReportSummary Build() => new(_files, _errors, _warnings, _infos, _fixable, _fixed, _unresolved, _inputErrors, _unresolvedWarnings);
}

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

/// <summary>An output format. Files arrive one at a time, in order; <see cref="End"/> closes the output.</summary>
public interface IReporter
{
    void File(TextWriter output, FileReport file);

    void End(TextWriter output, ReportSummary summary);
}

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
