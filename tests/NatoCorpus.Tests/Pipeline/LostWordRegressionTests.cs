using System.Text;
using NatoCorpus.Pipeline;

namespace NatoCorpus.Tests.Pipeline;

/// <summary>
/// Texts of the evaluation set that normalize refused with NC901 (a word lost), found by the Grammalecte run: what
/// leaves the body keeps every word, and only what should leave does.
/// </summary>
public sealed class LostWordRegressionTests
{
    private static DocumentResult Normalize(string raw) =>
        new CorpusEngine(new EngineOptions()).Process(new RawInput("t", "raw/t.txt", Encoding.UTF8.GetBytes(raw)));

    [Fact]
    public void A_tweet_of_several_lines_keeps_every_word_in_the_front_matter()
    {
        var result = Normalize("Un titre de test pour la ligne du tweet\n\ndate 2024-09-12\n\n"
            + "Le détachement belge, qui compte quatre F-16 et une centaine de militaires, assure cette mission depuis août.\n\n"
            + "Proud of our team.\nOur F-16s scrambled this morning. #NATO https://t.co/b7RkF2yWqZ — Belgian Air Component (@BEairCmpnt) September 12, 2024\n\n"
            + "Le ministre de la Défense a salué sur les réseaux sociaux le professionnalisme des équipages belges engagés.\n");
        // A "\n" escape in a quoted YAML string glued "Our" to an "n": the words were lost and the text refused.
        Assert.NotNull(result.Markdown);
        Assert.Contains("  text: |-\n    Proud of our team.\n    Our F-16s scrambled", result.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signature_carrying_its_tweet_does_not_take_the_paragraph_above()
    {
        var result = Normalize("Un titre de test pour la ligne du tweet\n\ndate 2024-09-12\n\n"
            + "Le détachement belge, qui compte quatre F-16 et une centaine de militaires, assure cette mission depuis le mois d'août. Il doit rentrer à la fin de l'année.\n"
            + "Our F-16s scrambled this morning. #NATO https://t.co/b7RkF2yWqZ — Belgian Air Component (@BEairCmpnt) September 12, 2024\n"
            + "Le ministre de la Défense a salué sur les réseaux sociaux le professionnalisme des équipages belges engagés.\n");
        Assert.NotNull(result.Markdown);
        var body = result.Markdown![(result.Markdown.LastIndexOf("---\n", StringComparison.Ordinal) + 4)..];
        Assert.Contains("Le détachement belge", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Our F-16s", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_glued_to_its_text_is_split_without_losing_the_glued_word()
    {
        var result = Normalize("Un titre de test pour le label collé au texte\n\ndate 2024-07-10\n\n"
            + "AbonnéEn soixante-seize ans, la clause de défense mutuelle n'a été invoquée qu'une fois, au lendemain des attentats de 2001.\n\n"
            + "Le ministre a rappelé que cette clause restait le cœur de l'Alliance et que rien ne permettait d'en douter aujourd'hui.\n");
        Assert.NotNull(result.Markdown);
        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.Rule.Id == "NC901");
    }
}
