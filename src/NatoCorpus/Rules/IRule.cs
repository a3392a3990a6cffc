namespace NatoCorpus.Rules;

/// <summary>One check. A rule reads the document model and reports diagnostics, each with an optional fix.</summary>
public interface IRule
{
    RuleDescriptor Descriptor { get; }

    void Check(RuleContext context);
}
