using NatoCorpus.Text;

namespace NatoCorpus.Model;

/// <summary>A run of non-blank lines, the unit the parser classifies.</summary>
public sealed record LineBlock(int FirstLine, int LastLine, TextSpan Span);
