using NatoCorpus.Text;

namespace NatoCorpus.Model;

/// <summary>
/// A line of the raw text, or a glued part of one (a date stamp with article text after it on the same line),
/// with the kind the recognizers gave it, which recognizer decided and why, and how sure it was (0–1).
/// </summary>
public sealed record Segment(int Line, TextSpan Span, LineKind Kind, string Recognizer, string Reason, double Confidence)
{
    /// <summary>For a duplicate: the raw line of the copy that was kept.</summary>
    public int? KeptLine { get; init; }
}
