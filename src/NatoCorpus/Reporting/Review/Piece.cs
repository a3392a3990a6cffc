namespace NatoCorpus.Reporting.Review;

/// <summary>
/// A run of text shown with one look: plain, a removed part, a mark of a fix, suggestion, doubt or finding, an
/// invisible character made visible. <see cref="Href"/> points to the finding in the page's list.
/// </summary>
public sealed record Piece(string Text, string Class, string? Title = null, string? Href = null);
