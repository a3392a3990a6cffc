namespace NatoCorpus.Model;

/// <summary>
/// Consecutive lines of one kind taken out of the body (furniture, byline, credit, stamp, duplicate, metadata),
/// kept whole for the front matter: nothing of the raw text is lost.
/// </summary>
public sealed record RemovedBlock(LineKind Kind, LineBlock Block, IReadOnlyList<string> Lines, string Recognizer, string Reason, double Confidence)
{
    /// <summary>For a duplicate: the raw line of the copy that was kept.</summary>
    public int? KeptLine { get; init; }
}
