namespace NatoCorpus.Pipeline.Evaluation;

/// <summary>One mistake, to show where recognition goes wrong.</summary>
public sealed record EvaluationMiss(string Path, int Line, string Expected, string Found, string Text)
{
    /// <summary>Which recognizer decided, and why.</summary>
    public string Why { get; init; } = "";
}
