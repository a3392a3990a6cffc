namespace NatoCorpus.Reporting.Review;

/// <summary>
/// What the index shows of one text, and what it is filtered and sorted on. Built off the engine's result and kept for
/// the index and the navigation once the text's page is written: small, so the run streams.
/// </summary>
public sealed record TextSummary(
    string Id,
    string Href,
    string Path,
    string Status,
    string StatusLabel,
    string? Why,
    string Title,
    string Date,
    string DateSource,
    IReadOnlyList<NamedCount> Removed,
    int RemovedLines,
    int Corrections,
    int Typography,
    int Suggestions,
    int Doubts,
    int UnresolvedErrors,
    int Findings,
    bool NeedsPerson,
    IReadOnlyList<string> Rules,
    IReadOnlyList<string> Severities)
{
    /// <summary>Space-separated lists for the index's filters (`data-` attributes).</summary>
    public string RuleList => string.Join(' ', Rules);

    public string KindList => string.Join(' ', Removed.Select(count => count.Name));

    public string SeverityList => string.Join(' ', Severities);

    /// <summary>Every finding's rule, once per finding, for the corpus chart.</summary>
    public IReadOnlyList<NamedCount> RuleCounts { get; init; } = [];
}
