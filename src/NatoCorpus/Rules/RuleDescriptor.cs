using NatoCorpus.Text;

namespace NatoCorpus.Rules;

public enum Severity
{
    Info,
    Warning,
    Error,
}

public enum RuleCategory
{
    Structure,
    Typography,
    Wording,
    /// <summary>A guard on the tool itself (NC901): a finding is a bug to report.</summary>
    Internal,
    /// <summary>A corpus check of `natocorpus check` on normalized/ (NC902–NC904).</summary>
    Check,
}

/// <summary>
/// What a rule can do, as ruff's FixAvailability: whether its findings carry a fix never, on some findings (an
/// empty « » pair is repaired before a word, only reported elsewhere), or on every one. It says nothing of what
/// one fix is: that is <see cref="FixApplicability"/>.
/// </summary>
public enum FixAvailability
{
    None,
    Sometimes,
    Always,
}

/// <summary>
/// What one fix is: safe fixes are applied by normalize; unsafe ones (a correction that needs a person's eye, as
/// ruff's unsafe fixes) only with `unsafe_fixes: true` in natocorpus.yaml; suggestions are only shown.
/// </summary>
public enum FixApplicability
{
    Safe,
    Suggestion,
    Unsafe,
}

/// <summary>The stable identity of a rule, as Roslyn's DiagnosticDescriptor: never renumber an id.</summary>
/// <param name="FixAvailability">Whether its findings carry a fix: never, sometimes or always.</param>
/// <param name="Fix">
/// What its fixes are (null exactly when it has none). A fix whose context is unclear may be demoted to
/// <see cref="FixApplicability.Unsafe"/>, or to a suggestion when its context points both ways (NC301), never
/// promoted: the descriptor states the strongest.
/// </param>
public sealed record RuleDescriptor(
    string Id,
    string Name,
    string Description,
    RuleCategory Category,
    Severity DefaultSeverity,
    FixAvailability FixAvailability,
    FixApplicability? Fix)
{
    // Checked once, when the descriptor is declared: a rule that may fix must say what its fixes are, and one that
    // never fixes must not claim an applicability (the docs and README show both facts from here).
    public FixAvailability FixAvailability { get; init; } = (FixAvailability == FixAvailability.None) == (Fix is null)
        ? FixAvailability
        : throw new ArgumentException($"{Id}: fix availability {FixAvailability} does not agree with fix applicability {Fix?.ToString() ?? "none"}", nameof(Fix));

    public string HelpPath => $"docs/rules/{Id}.md";

    /// <summary>
    /// Groups the rule belongs to, so a group can be configured at once (`rules: { typography: off }`), as
    /// markdownlint's tags: its category, plus what a rule declares (e.g. "recognition", "french").
    /// </summary>
    public IReadOnlyList<string> Tags => [Category.ToString().ToLowerInvariant(), .. ExtraTags];

    public IReadOnlyList<string> ExtraTags { get; init; } = [];

    /// <summary>
    /// True when each change the rule makes is listed under <c>corrections:</c> in the front matter, as every
    /// wording change is: a change the normalized text shows no trace of (an invisible character removed).
    /// </summary>
    public bool ListsEachChange { get; init; }

    /// <summary>Whether normalize lists each applied fix of this rule under <c>corrections:</c>.</summary>
    public bool RecordsCorrections => Category == RuleCategory.Wording || ListsEachChange;
}

/// <summary>
/// What one fix does: edits to the text, or (for the structural rules) <see cref="Moves"/>, a block that normalize
/// leaves out of the body and keeps in the front matter. A move is not an edit: deleting the block's text would lose
/// it, and the renderer never applies one; it only claims the block, so no other fix changes a line that leaves.
/// </summary>
public sealed record Fix(string Description, FixApplicability Applicability, IReadOnlyList<TextEdit> Edits)
{
    /// <summary>The block the renderer moves from the body to the front matter, if this fix is a move.</summary>
    public TextSpan? Moves { get; init; }
}

public sealed record Diagnostic(
    RuleDescriptor Rule,
    Severity Severity,
    string Message,
    TextSpan Span,
    LinePosition Start,
    LinePosition End,
    Fix? Fix)
{
    /// <summary>The data entry that made the finding (a substitution's or suggestion's name), for per-entry suppression.</summary>
    public string? Entry { get; init; }

    /// <summary>True when normalize resolves it: its safe fix was applied to the output.</summary>
    public bool FixedByNormalize { get; init; }

    /// <summary>
    /// The file the finding is in when it is not the text's own (a sidecar's suppression: NC107, NC108), relative
    /// to the root; its line and column are that file's. Reporters name it instead of the text and show no excerpt.
    /// </summary>
    public string? Path { get; init; }

    /// <summary>
    /// True when the tool applies its fix (normalize on a raw text, `lint --fix` on a Markdown file): safe (or unsafe
    /// with `unsafe_fixes: true`) and clear of every other applied fix. A suggestion, or a fix another one overlaps,
    /// is shown but not applied, so it is not counted as fixable.
    /// </summary>
    public bool FixApplied { get; init; }

    /// <summary>A finding about a whole file (a sidecar suppression, a stale or orphan file), placed at 1:1.</summary>
    public static Diagnostic AtFileStart(RuleDescriptor rule, Severity severity, string message) =>
        new(rule, severity, message, new TextSpan(0, 0), new LinePosition(1, 1), new LinePosition(1, 1), null);
}
