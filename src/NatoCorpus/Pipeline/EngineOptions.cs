using NatoCorpus.Knowledge;
using NatoCorpus.Rules;

namespace NatoCorpus.Pipeline;

/// <summary>Everything that, with the input bytes, determines the output. Immutable and shared across threads.</summary>
public sealed record EngineOptions
{
    private readonly Lazy<CorpusKnowledge> _knowledge = new(() => CorpusKnowledge.Default);

    /// <summary>The data the rules use; the shipped data unless set, loaded on first use.</summary>
    public CorpusKnowledge Knowledge
    {
        get => _knowledge.Value;
        init => _knowledge = new Lazy<CorpusKnowledge>(value);
    }
    public NoBreakSpaceChoice NoBreakSpace { get; init; } = NoBreakSpaceChoice.NoBreak;
    public IReadOnlyDictionary<string, RuleSetting> Rules { get; init; } = new Dictionary<string, RuleSetting>();

    /// <summary>Raw files larger than this are refused unread (default 5 MB; max_file_size in natocorpus.yaml).</summary>
    public long MaxFileBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>Apply unsafe fixes too (unsafe_fixes in natocorpus.yaml): corrections whose context is unclear.</summary>
    public bool UnsafeFixes { get; init; }

    public bool IsEnabled(RuleDescriptor rule) => !Rules.TryGetValue(rule.Id, out var setting) || setting.Enabled;

    public Severity SeverityOf(RuleDescriptor rule) =>
        Rules.TryGetValue(rule.Id, out var setting) && setting.Severity is { } severity ? severity : rule.DefaultSeverity;
}
