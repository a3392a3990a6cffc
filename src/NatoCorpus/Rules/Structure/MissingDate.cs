using NatoCorpus.Model;
using NatoCorpus.Text;

namespace NatoCorpus.Rules.Structure;

/// <summary>NC102: a text must have a publication date, from its header, its body or its sidecar.</summary>
public sealed class MissingDate : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC102", "missing-date", "No date in the header, the body or the sidecar", RuleCategory.Structure, Severity.Error, FixAvailability.None, null);

    public void Check(RuleContext context)
    {
        // A normalized file's date is in its front matter, which the schema check covers.
        if (context.Metadata.Mode == MetadataMode.Resolved && context.Metadata.Date is null)
        {
            if (context.Document.RelativeStamps.FirstOrDefault() is { } relative)
            {
                // A relative stamp is reported, never resolved against today: the archive must not depend on when it runs.
                context.Report(Descriptor, context.Source.LineSpan(relative.Line),
                    $"only a relative date (\"{relative.Text}\"): add `retrieved:` (when the page was scraped) or `date:` to the sidecar .meta.yaml");
                return;
            }
            var span = context.Document.Header?.Block.Span ?? new TextSpan(0, 0);
            context.Report(Descriptor, span, "no date found: add `date:` (YYYY-MM-DD) to the sidecar .meta.yaml");
        }
    }
}
