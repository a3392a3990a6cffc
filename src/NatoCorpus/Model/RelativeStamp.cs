namespace NatoCorpus.Model;

/// <summary>A stamp that dates the page relative to when it was read ("il y a 3 heures"): resolved only with the sidecar's `retrieved`.</summary>
public sealed record RelativeStamp(int Line, string Text, NodaTime.Duration Ago);
