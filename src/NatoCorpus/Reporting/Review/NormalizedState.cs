namespace NatoCorpus.Reporting.Review;

/// <summary>How a text's file in normalized/ compares with what normalize would write now (the command reads it).</summary>
public enum NormalizedState
{
    /// <summary>Not compared: the text is refused or not normalized, so there is no expected file.</summary>
    None,
    UpToDate,
    Stale,
    Missing,
}
