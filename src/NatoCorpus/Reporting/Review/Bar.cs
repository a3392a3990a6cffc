namespace NatoCorpus.Reporting.Review;

/// <summary>A bar of a chart, laid out by the tool so the browser draws plain SVG.</summary>
public sealed record Bar(string Label, int Value, int Y, int Width, string? Href = null);
