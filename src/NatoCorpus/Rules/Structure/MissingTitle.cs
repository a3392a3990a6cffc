using NatoCorpus.Model;
using NatoCorpus.Text;

namespace NatoCorpus.Rules.Structure;

/// <summary>NC101: a text must have a title, from its first line or from its sidecar; none is ever invented.</summary>
public sealed class MissingTitle : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC101", "missing-title", "The text has no title line and no sidecar title", RuleCategory.Structure, Severity.Error, FixAvailability.None, null);

    public void Check(RuleContext context)
    {
        // A normalized file's title is in its front matter, which the schema check covers.
        if (context.Metadata.Mode == MetadataMode.Resolved && context.Document.Title is null && context.Metadata.SidecarTitle is null)
        {
            context.Report(Descriptor, new TextSpan(0, 0), "no title: the first line is not a title; add `title:` to the sidecar .meta.yaml");
        }
    }
}
