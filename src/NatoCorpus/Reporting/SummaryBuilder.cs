using NatoCorpus.Pipeline;
using NatoCorpus.Rules;
using NatoCorpus.Text;

namespace NatoCorpus.Reporting;

/// <summary>Counts findings file by file, so a run never holds more than one file's findings to summarize them.</summary>
public sealed class SummaryBuilder
{
    private int _files, _errors, _warnings, _infos, _fixable, _fixed, _unresolved, _inputErrors, _unresolvedWarnings, _notApplied;

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
            // Fixable is what a fix run applies, as eslint's and ruff's counts: a suggestion is counted apart.
            _fixable += diagnostic.FixApplied ? 1 : 0;
            _notApplied += diagnostic.Fix is not null && !diagnostic.FixApplied ? 1 : 0;
            _fixed += diagnostic.FixedByNormalize ? 1 : 0;
        }
    }

    public ReportSummary Build() => new(_files, _errors, _warnings, _infos, _fixable, _fixed, _unresolved, _inputErrors, _unresolvedWarnings, _notApplied);
}
