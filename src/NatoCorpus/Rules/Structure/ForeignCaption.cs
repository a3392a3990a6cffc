using NatoCorpus.Model;
using NatoCorpus.Text;

namespace NatoCorpus.Rules.Structure;

/// <summary>NC105: a short untranslated line (a photo or video caption) inside the French text.</summary>
public sealed class ForeignCaption : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC105", "foreign-caption", "A caption in another language belongs in the front matter", RuleCategory.Structure, Severity.Warning, FixApplicability.Safe);

    public void Check(RuleContext context)
    {
        foreach (var embed in context.Document.Embeds.Where(embed => embed.Kind == EmbedKind.Caption))
        {
            context.Report(Descriptor, embed.Block.Span, $"caption in language '{embed.Fields.GetValueOrDefault("language")}' inside the French text",
                new Fix("move to the front matter", FixApplicability.Safe, [new TextEdit(embed.Block.Span, "")]));
        }
    }
}
