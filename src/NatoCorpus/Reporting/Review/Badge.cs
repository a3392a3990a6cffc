namespace NatoCorpus.Reporting.Review;

/// <summary>A rule id with the link to its page in the report, and a label.</summary>
public sealed record Badge(string Label, string Class, string? Title = null, string? Href = null);
