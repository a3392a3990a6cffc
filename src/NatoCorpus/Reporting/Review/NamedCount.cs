namespace NatoCorpus.Reporting.Review;

/// <summary>A count under a name (a kind of removed line, a rule, a date source), for the index and its charts.</summary>
public sealed record NamedCount(string Name, int Count);
