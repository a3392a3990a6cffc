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

/// <summary>One text as it is handed to the report: the engine's result, its parsed lines, its normalized file's state.</summary>
public sealed record ReviewInput(Pipeline.DocumentResult Result, Model.ParsedDocument? Document, NormalizedState State);

/// <summary>A count under a name (a kind of removed line, a rule, a date source), for the index and its charts.</summary>
public sealed record NamedCount(string Name, int Count);

/// <summary>
/// What the index shows of one text, and what it is filtered and sorted on. Built off the engine's result and kept for
/// the index and the navigation once the text's page is written: small, so the run streams.
/// </summary>
public sealed record TextSummary(
    string Id,
    string Href,
    string Path,
    string Status,
    string StatusLabel,
    string? Why,
    string Title,
    string Date,
    string DateSource,
    IReadOnlyList<NamedCount> Removed,
    int RemovedLines,
    int Corrections,
    int Typography,
    int Suggestions,
    int Doubts,
    int UnresolvedErrors,
    int Findings,
    bool NeedsPerson,
    IReadOnlyList<string> Rules,
    IReadOnlyList<string> Severities)
{
    /// <summary>Space-separated lists for the index's filters (`data-` attributes).</summary>
    public string RuleList => string.Join(' ', Rules);

    public string KindList => string.Join(' ', Removed.Select(count => count.Name));

    public string SeverityList => string.Join(' ', Severities);

    /// <summary>Every finding's rule, once per finding, for the corpus chart.</summary>
    public IReadOnlyList<NamedCount> RuleCounts { get; init; } = [];
}

/// <summary>
/// A run of text shown with one look: plain, a removed part, a mark of a fix, suggestion, doubt or finding, an
/// invisible character made visible. <see cref="Href"/> points to the finding in the page's list.
/// </summary>
public sealed record Piece(string Text, string Class, string? Title = null, string? Href = null);

/// <summary>A rule id with the link to its page in the report, and a label.</summary>
public sealed record Badge(string Label, string Class, string? Title = null, string? Href = null);

/// <summary>One raw line beside the normalized paragraph that starts there (if any).</summary>
public sealed record Row(
    int Line,
    string Kind,
    bool Removed,
    string? Reason,
    IReadOnlyList<Piece> Raw,
    IReadOnlyList<Piece> Normalized,
    IReadOnlyList<Badge> Badges);

/// <summary>A block of the word-level diff: a paragraph's words kept, taken out and put in, or lines removed whole.</summary>
public sealed record DiffBlock(int Line, string Kind, string? Reason, IReadOnlyList<Piece> Pieces);

/// <summary>One finding in the page's list: where, which rule, what became of it.</summary>
public sealed record FindingView(
    string Anchor,
    int Line,
    int Column,
    string Rule,
    string RuleName,
    string RuleHref,
    string Severity,
    string Outcome,
    string OutcomeClass,
    string Message,
    string? From,
    string? To);

/// <summary>A bar of a chart, laid out by the tool so the browser draws plain SVG.</summary>
public sealed record Bar(string Label, int Value, int Y, int Width, string? Href = null);

/// <summary>A small horizontal bar chart.</summary>
public sealed record Chart(string Title, int Height, IReadOnlyList<Bar> Bars);
