using NatoCorpus.Model;
using NatoCorpus.Text;

namespace NatoCorpus.Rules.Structure;

/// <summary>NC105: a photo or video caption inside the text: an untranslated short line, or a line that ends with or stands next to a photo credit.</summary>
public sealed class ForeignCaption : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC105", "foreign-caption", "A photo or video caption (an English one, or one next to its credit) belongs in the front matter", RuleCategory.Structure, Severity.Warning, FixAvailability.Always, FixApplicability.Safe)
    {
        ExtraTags = ["recognition"],
    };

    public void Check(RuleContext context)
    {
        foreach (var embed in context.Document.Embeds.Where(embed => embed.Kind == EmbedKind.Caption))
        {
            context.Report(Descriptor, embed.Block.Span, $"photo or video caption (language '{embed.Fields.GetValueOrDefault("language")}') inside the text",
                new Fix("move to the front matter", FixApplicability.Safe, []) { Moves = embed.Block.Span });
        }
    }
}
