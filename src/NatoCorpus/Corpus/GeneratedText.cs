namespace NatoCorpus.Corpus;

/// <summary>One text of <see cref="CorpusGenerator"/>: its text, the bytes of its raw file (that text, encoded) and its sidecar, if any.</summary>
public sealed record GeneratedText(string Text, byte[] Bytes, string? Sidecar);
