namespace NatoCorpus.Output;

/// <summary>
/// What the fixes of one text leave for its front matter: the wording corrections applied, the wording doubts left
/// open, and how many typography fixes of each rule were applied. The pipeline tells it from the diagnostics.
/// </summary>
public sealed record FixRecord(
    IReadOnlyList<CorrectionInfo> Corrections,
    IReadOnlyList<SuggestionInfo> Suggestions,
    IReadOnlyDictionary<string, int> Typography);
