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
