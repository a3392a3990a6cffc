namespace NatoCorpus.Pipeline;

/// <summary>A line found verbatim in several texts of a corpus, and in how many.</summary>
public sealed record RecurringLine(string Line, int Texts);
