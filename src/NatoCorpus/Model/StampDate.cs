using NodaTime;

namespace NatoCorpus.Model;

/// <summary>
/// A date read from a stamp, a byline or a front matter, with its role and where it was: the metadata resolver
/// picks the publication and update dates from these. <see cref="Origin"/> is what date_source says.
/// </summary>
public sealed record StampDate(DateRole Role, int? Year, int Month, int Day, LocalTime? Time, Offset? Offset, int Line, string Origin, string Text)
{
    public LocalDate? Date => Year is { } year ? new LocalDate(year, Month, Day) : null;

    /// <summary>True for "2023-05": a month, the day to be found in the body.</summary>
    public bool MonthOnly { get; init; }

    /// <summary>True when a word said what the date is ("Publié le", "Mis à jour"): a bare date may be a site header's "today".</summary>
    public bool Cued { get; init; }
}
