using NodaTime;

namespace NatoCorpus.Model;

/// <summary>A date found in the body ("ce lundi 30 novembre"), where it was found, as written.</summary>
public sealed record BodyDate(LocalDate Date, int Offset, string Text);
