namespace NatoCorpus.Output;

/// <summary>The front matter of a normalized file. The writer emits the keys in this order.</summary>
public sealed record FrontMatter(
    string Id,
    string Title,
    string TitleSource,
    string? TextTitle,
    string Date,
    string DateSource,
    string? Updated,
    int? ReadingTimeMinutes,
    string Language,
    SourceInfo Source,
    HeaderInfo? Header,
    IReadOnlyList<EmbedInfo> Embeds,
    IReadOnlyList<RemovedInfo> Removed,
    IReadOnlyList<CorrectionInfo> Corrections,
    IReadOnlyList<SuggestionInfo> Suggestions,
    IReadOnlyDictionary<string, int> Typography)
{
    /// <summary>The last day of an event dated with a range, when it differs from the date.</summary>
    public string? EventEnd { get; init; }
}

public sealed record SourceInfo(string Path, string Sha256, string? Url, string? SidecarPath, string? SidecarSha256);

public sealed record HeaderInfo(string Shape, int RawLine, IReadOnlyList<string> Lines);

public sealed record EmbedInfo(string Kind, int RawLine, int RawEndLine, string Text, IReadOnlyDictionary<string, string> Fields);

/// <summary>A change of wording applied by normalize, with where it was in the raw text.</summary>
public sealed record CorrectionInfo(string Rule, int RawLine, int RawColumn, string From, string To);

/// <summary>A wording doubt reported but not applied, kept so the archive shows what is still open.</summary>
public sealed record SuggestionInfo(string Rule, int RawLine, int RawColumn, string Text, string Suggestion, string Message);

/// <summary>Lines taken out of the body (furniture, byline, credit, stamp, duplicate…), kept whole with why.</summary>
public sealed record RemovedInfo(string Kind, int RawLine, int RawEndLine, string Recognizer, string Reason, int? KeptLine, IReadOnlyList<string> Lines);
