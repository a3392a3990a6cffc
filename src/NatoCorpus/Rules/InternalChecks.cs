namespace NatoCorpus.Rules;

/// <summary>
/// The checks that are not rules over a document's text (suppressions, the word accounting, the corpus checks of
/// `check`), declared here with the rules so the catalogue, the docs and SARIF know every id from one place.
/// </summary>
public static class InternalChecks
{
    public static readonly RuleDescriptor SuppressionWithoutReason = new(
        "NC107", "suppression-without-reason", "A sidecar suppression must say why", RuleCategory.Structure, Severity.Warning, FixAvailability.None, null);

    public static readonly RuleDescriptor UnusedSuppression = new(
        "NC108", "unused-suppression", "A sidecar suppression that suppresses nothing", RuleCategory.Structure, Severity.Warning, FixAvailability.None, null);

    public static readonly RuleDescriptor LostWords = new(
        "NC901", "lost-words", "Internal check: normalize would lose words of the raw text", RuleCategory.Internal, Severity.Error, FixAvailability.None, null);

    public static readonly RuleDescriptor StaleNormalized = new(
        "NC902", "stale-normalized", "normalized/ is not what the current raw/ and tool produce", RuleCategory.Check, Severity.Error, FixAvailability.None, null);

    public static readonly RuleDescriptor InvalidFrontMatter = new(
        "NC903", "invalid-front-matter", "A normalized file's front matter does not validate against the schema", RuleCategory.Check, Severity.Error, FixAvailability.None, null);

    public static readonly RuleDescriptor OrphanNormalized = new(
        "NC904", "orphan-normalized", "A normalized file whose raw text is gone", RuleCategory.Check, Severity.Error, FixAvailability.None, null);

    public static IReadOnlyList<RuleDescriptor> All { get; } =
        [SuppressionWithoutReason, UnusedSuppression, LostWords, StaleNormalized, InvalidFrontMatter, OrphanNormalized];
}
