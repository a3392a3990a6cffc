using NatoCorpus.Rules;

namespace NatoCorpus.Pipeline;

/// <summary>Per-rule settings from the configuration.</summary>
public sealed record RuleSetting(bool Enabled, Severity? Severity);
