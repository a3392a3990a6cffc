namespace NatoCorpus.Reporting.Review;

/// <summary>One text as it is handed to the report: the engine's result, its parsed lines, its normalized file's state.</summary>
public sealed record ReviewInput(Pipeline.DocumentResult Result, Model.ParsedDocument? Document, NormalizedState State);
