namespace NatoCorpus.Reporting.Review;

/// <summary>A small horizontal bar chart.</summary>
public sealed record Chart(string Title, int Height, IReadOnlyList<Bar> Bars);
