using NodaTime;

namespace NatoCorpus.Model;

/// <summary>The metadata of a document once header, body and sidecar have been weighed.</summary>
public sealed record DocumentMetadata(
    FieldSource? TitleSource,
    string? SidecarTitle,
    LocalDate? Date,
    FieldSource? DateSource,
    BodyDate? BodyDate,
    string? Updated,
    int? ReadingTimeMinutes,
    string? SourceUrl,
    Sidecar? Sidecar)
{
    /// <summary>The last day of an event the page dates with a range ("06 Dec. 2016 - 07 Dec. 2016").</summary>
    public LocalDate? EventEnd { get; init; }

    public MetadataMode Mode { get; init; } = MetadataMode.Resolved;

    /// <summary>
    /// For a normalized Markdown file: nothing resolved, title and date are in its front matter, which the schema
    /// check covers. An explicit mode, not made-up values that would read as a real title and date.
    /// </summary>
    public static DocumentMetadata FromFrontMatter { get; } =
        new(null, null, null, null, null, null, null, null, null) { Mode = MetadataMode.FrontMatter };
}
