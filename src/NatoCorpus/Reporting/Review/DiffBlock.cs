namespace NatoCorpus.Reporting.Review;

/// <summary>A block of the word-level diff: a paragraph's words kept, taken out and put in, or lines removed whole.</summary>
public sealed record DiffBlock(int Line, string Kind, string? Reason, IReadOnlyList<Piece> Pieces);
