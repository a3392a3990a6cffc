namespace NatoCorpus.Model;

/// <summary>Scraping debris taken out of the body and kept, with what could be parsed from it.</summary>
public sealed record Embed(EmbedKind Kind, LineBlock Block, string Text, IReadOnlyDictionary<string, string> Fields);
