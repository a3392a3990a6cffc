using NatoCorpus.Model;
using NatoCorpus.Text;

namespace NatoCorpus.Rules.Structure;

/// <summary>NC104: tweet embeds and social or live banners are page furniture caught by the scraper.</summary>
public sealed class SocialEmbed : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC104", "social-embed", "Tweet embeds and social banners belong in the front matter", RuleCategory.Structure, Severity.Warning, FixAvailability.Always, FixApplicability.Safe)
    {
        ExtraTags = ["recognition"],
    };

    public void Check(RuleContext context)
    {
        foreach (var embed in context.Document.Embeds.Where(embed => embed.Kind is EmbedKind.Tweet or EmbedKind.Banner))
        {
            var what = embed.Kind == EmbedKind.Tweet
                ? $"tweet by {embed.Fields.GetValueOrDefault("author")} (@{embed.Fields.GetValueOrDefault("handle")})"
                : "social banner";
            context.Report(Descriptor, embed.Block.Span, $"{what} in the body",
                new Fix("move to the front matter", FixApplicability.Safe, []) { Moves = embed.Block.Span });
        }
    }
}
