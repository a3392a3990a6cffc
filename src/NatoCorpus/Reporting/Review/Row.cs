namespace NatoCorpus.Reporting.Review;

/// <summary>One raw line beside the normalized paragraph that starts there (if any).</summary>
public sealed record Row(
    int Line,
    string Kind,
    bool Removed,
    string? Reason,
    IReadOnlyList<Piece> Raw,
    IReadOnlyList<Piece> Normalized,
    IReadOnlyList<Badge> Badges);
