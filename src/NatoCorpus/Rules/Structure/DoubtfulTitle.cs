using NatoCorpus.Model;

namespace NatoCorpus.Rules.Structure;

/// <summary>NC113: the title was picked among several candidates; the archivist confirms it or gives one in the sidecar.</summary>
public sealed class DoubtfulTitle : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC113", "doubtful-title", "The title was chosen among several title-like lines", RuleCategory.Structure, Severity.Warning, FixAvailability.None, null)
    {
        ExtraTags = ["recognition"],
    };

    public void Check(RuleContext context)
    {
        // A normalized file's title was settled when it was written: only a raw text's title is in doubt.
        if (context.Metadata.Mode == MetadataMode.Resolved
            && context.Document.Title is { } title && context.Document.TitleDoubt is { } doubt && context.Metadata.SidecarTitle is null)
        {
            context.Report(Descriptor, title.Span,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"title chosen with confidence {context.Document.TitleConfidence:F2} ({doubt}): confirm it or set `title:` in the sidecar"));
        }
    }
}
