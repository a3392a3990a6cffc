namespace NatoCorpus.Model;

/// <summary>A header block of one of the known shapes, with the fields its patterns captured.</summary>
public sealed record HeaderBlock(
    string Shape, string TimeZone, LineBlock Block, IReadOnlyList<string> Lines, IReadOnlyDictionary<string, string> Fields);
