namespace NatoCorpus.Reporting.Review;

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
