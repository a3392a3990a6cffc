using NatoCorpus.Output;
using NatoCorpus.Rules;

namespace NatoCorpus.Pipeline;

/// <summary>The outcome for one raw text: its diagnostics, and its normalized Markdown when it could be made.</summary>
public sealed record DocumentResult(
    string Id,
    string RelativePath,
    IReadOnlyList<Diagnostic> Diagnostics,
    Text.SourceText? Source,
    FrontMatter? FrontMatter,
    string? Markdown,
    InputError? Error)
{
    /// <summary>Error-level findings that normalize does not resolve.</summary>
    public int UnresolvedErrors => Diagnostics.Count(diagnostic => diagnostic.Severity == Severity.Error && !diagnostic.FixedByNormalize);
}
