using NatoCorpus.Parsing;
using NodaTime;

namespace NatoCorpus.Model;

/// <summary>Where a front matter field came from.</summary>
public enum FieldSource
{
    Text,
    Header,
    Body,
    Sidecar,
}

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
    /// <summary>For a normalized Markdown file: title and date are in its front matter, which the schema check covers.</summary>
    public static DocumentMetadata InFrontMatter { get; } =
        new(FieldSource.Sidecar, "(front matter)", new LocalDate(1, 1, 1), FieldSource.Sidecar, null, null, null, null, null);
}
