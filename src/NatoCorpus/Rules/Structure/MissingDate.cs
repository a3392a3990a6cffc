using NatoCorpus.Text;

namespace NatoCorpus.Rules.Structure;

/// <summary>NC102: a text must have a publication date, from its header, its body or its sidecar.</summary>
public sealed class MissingDate : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC102", "missing-date", "No date in the header, the body or the sidecar", RuleCategory.Structure, Severity.Error, null);

    public void Check(RuleContext context)
    {
        if (context.Metadata.Date is null)
        {
            var span = context.Document.Header?.Block.Span ?? new TextSpan(0, 0);
            context.Report(Descriptor, span, "no date found: add `date:` (YYYY-MM-DD) to the sidecar .meta.yaml");
        }
    }
}
