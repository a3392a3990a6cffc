namespace NatoCorpus.Pipeline;

/// <summary>A reason the tool could not process a file at all (unreadable, not UTF-8, bad sidecar).</summary>
public sealed record InputError(string Path, int Line, int Column, string Message);
