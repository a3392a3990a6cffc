using NatoCorpus.Text;

namespace NatoCorpus.Rules.Structure;

/// <summary>NC103: a scraped header block (date bullets, reading time) is metadata, not body text.</summary>
public sealed class HeaderBlockRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC103", "header-block", "A scraped header block belongs in the front matter", RuleCategory.Structure, Severity.Info, FixAvailability.Always, FixApplicability.Safe)
    {
        ExtraTags = ["recognition"],
    };

    public void Check(RuleContext context)
    {
        if (context.Document.Header is { } header)
        {
            var fields = string.Join(", ", header.Fields.Select(field => $"{field.Key} {field.Value}"));
            context.Report(Descriptor, header.Block.Span, $"{header.Shape} header ({fields})",
                new Fix("move to the front matter", FixApplicability.Safe, []) { Moves = header.Block.Span });
        }
    }
}
