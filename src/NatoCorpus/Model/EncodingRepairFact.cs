namespace NatoCorpus.Model;

/// <summary>A stretch of mojibake decoding repaired ("DÃ©fense" → "Défense"), on its line of the decoded text.</summary>
public sealed record EncodingRepairFact(int Line, string From, string To);
