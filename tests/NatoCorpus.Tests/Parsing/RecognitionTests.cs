using NatoCorpus.Model;
using NatoCorpus.Output;

namespace NatoCorpus.Tests.Parsing;

/// <summary>What the recognizers make of the shapes real pages have, end to end through normalize.</summary>
public sealed class RecognitionTests
{
    private const string Paragraph = "Les ministres de la Défense des pays de l’OTAN se sont réunis à Bruxelles pour préparer le sommet de l’Alliance, a indiqué le porte-parole.";

    private static (FrontMatter FrontMatter, string Body) Normalize(string raw, string? sidecar = null)
    {
        var result = TestCorpus.ProcessText(raw, sidecar: sidecar);
        Assert.True(result.Markdown is not null, string.Join("; ", result.Diagnostics.Select(diagnostic => $"{diagnostic.Rule.Id} {diagnostic.Message}")));
        return (result.FrontMatter!, FrontMatterReader.Split(result.Markdown!)!.Value.Body);
    }

    [Fact]
    public void Furniture_above_the_title_and_widgets_below_leave_the_body_and_are_kept()
    {
        var (frontMatter, body) = Normalize(
            $"Aller au contenu principal\nMenu\nInternational\n\nLes Alliés renforcent la police du ciel\n\nPublié le 12/03/2024 à 14h05\n\n{Paragraph}\n\nPartager sur Facebook\nCopier le lien\n");
        Assert.Equal("Les Alliés renforcent la police du ciel", frontMatter.Title);
        Assert.Equal(("2024-03-12", "stamp"), (frontMatter.Date, frontMatter.DateSource));
        Assert.Equal(Paragraph.Replace("OTAN", "OTAN", StringComparison.Ordinal) + "\n", body);
        var removed = frontMatter.Removed.SelectMany(block => block.Lines).ToList();
        Assert.Contains("Aller au contenu principal", removed);
        Assert.Contains("Copier le lien", removed);
        Assert.Contains(frontMatter.Removed, block => block.Kind == "stamp" && block.RawLine == 7);
    }

    [Fact]
    public void A_lede_printed_twice_keeps_its_most_complete_copy()
    {
        const string Lede = "Les Alliés ont décidé de renforcer la police du ciel dans les pays baltes.";
        var (frontMatter, body) = Normalize($"Un titre sur la police du ciel\n\n{Lede}\n\n{Lede} Quatre avions seront déployés dès le mois prochain.\n", "date: 2024-01-01\n");
        Assert.Equal($"{Lede} Quatre avions seront déployés dès le mois prochain.\n", body);
        var duplicate = Assert.Single(frontMatter.Removed, block => block.Kind == "duplicate");
        Assert.Equal((3, 5), (duplicate.RawLine, duplicate.KeptLine));
    }

    [Fact]
    public void A_pull_quote_printed_apart_is_a_copy_of_its_paragraph_but_a_wrapped_line_is_not()
    {
        const string Quote = "Une brigade ne vit pas sans essence ni pièces de rechange, dit-il.";
        var (frontMatter, body) = Normalize(
            $"Un titre sur la logistique en Lettonie\n\n{Quote}\n\n{Paragraph} {Quote} Tout doit traverser l’océan.\n\n[MUSIQUE JOUE]\n\n{Paragraph}\n",
            "date: 2024-01-01\n");
        Assert.DoesNotContain($"\n{Quote}\n", "\n" + body, StringComparison.Ordinal);
        var copy = Assert.Single(frontMatter.Removed, block => block.Kind == "duplicate");
        Assert.Equal((3, 5), (copy.RawLine, copy.KeptLine));
        Assert.Contains(frontMatter.Removed, block => block.Kind == "furniture" && block.Lines[0] == "[MUSIQUE JOUE]");
        // The same words as a line of a hard-wrapped paragraph are that paragraph's text, not a copy.
        var (_, wrapped) = Normalize(
            $"Un titre sur la logistique en Lettonie\n\n{Paragraph} {Quote} Tout doit traverser l’océan.\n\nLe commandant explique que\n{Quote}\nEt il ajoute que tout se prépare des mois à l’avance.\n",
            "date: 2024-01-01\n");
        Assert.Contains("dit-il", wrapped[wrapped.IndexOf("Le commandant", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("19:12France - Carburants : la remise à la pompe prolongée")]
    [InlineData("II. UNE ALLIANCE QUI RÉAPPREND LA DÉFENSE COLLECTIVE")]
    public void A_ticker_entry_or_a_numbered_heading_is_never_the_title(string line)
    {
        var result = TestCorpus.ProcessText($"{line}\n\nPublié le 12/03/2024\n\n{Paragraph}\n");
        Assert.NotEqual(line, result.FrontMatter?.Title);
        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Rule.Id == "NC101");
    }

    [Theory]
    [InlineData("🧵 Ce que change vraiment l’adhésion de la Suède à l’OTAN")]
    [InlineData("LE CONSEIL DE L'ATLANTIQUE NORD INVITE CINQ PAYS À UN DIALOGUE")]
    public void An_emoji_led_or_capitals_title_is_the_title(string line)
    {
        var (frontMatter, _) = Normalize($"Accueil\nConnexion\n\n{line}\n\nPublié le 12/03/2024\n\n{Paragraph}\n");
        Assert.Equal(line.Replace("'", "’", StringComparison.Ordinal), frontMatter.Title);
    }

    [Fact]
    public void A_speech_keeps_the_salutations_that_open_it()
    {
        var (_, body) = Normalize(
            $"Discours du secrétaire général devant l’Institut\n\n  • 25 Jan. 2018 -\n\nMonsieur le Directeur,\nMesdames et Messieurs les auditeurs,\n\n{Paragraph}\n\n{Paragraph}\n");
        Assert.StartsWith("Monsieur le Directeur,", body, StringComparison.Ordinal);
        Assert.Contains("Mesdames et Messieurs les auditeurs,", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_caption_ending_with_its_credit_is_split_into_caption_and_credit()
    {
        var (frontMatter, body) = Normalize($"Un titre sur la police du ciel\n\n{Paragraph}\n\nLe secrétaire général au siège de l’Alliance, le 14 février 2023. JULIEN MARTENS / REUTERS\n\n{Paragraph}\n", "date: 2024-01-01\n");
        Assert.DoesNotContain("REUTERS", body, StringComparison.Ordinal);
        Assert.Contains(frontMatter.Embeds, embed => embed.Kind == "caption" && embed.Text.EndsWith("2023.", StringComparison.Ordinal));
        Assert.Contains(frontMatter.Removed, block => block.Kind == "credit" && block.Lines[0] == "JULIEN MARTENS / REUTERS");
    }

    [Fact]
    public void A_markdown_repost_is_read_as_markdown()
    {
        var (frontMatter, body) = Normalize($"---\ntitle: \"Sommet de Vilnius : ce qu'il faut retenir\"\ndate: 2023-07-12\n---\n\n# Sommet de Vilnius : ce qu'il faut retenir\n\n{Paragraph}\n\n## Suède : le feu vert d'Ankara\n\n{Paragraph}\n");
        Assert.Equal(("2023-07-12", "front_matter"), (frontMatter.Date, frontMatter.DateSource));
        Assert.Equal("Sommet de Vilnius\u00A0: ce qu’il faut retenir", frontMatter.Title);
        Assert.Contains("\n## Suède\u00A0: le feu vert d’Ankara\n", body, StringComparison.Ordinal);
        Assert.Contains(frontMatter.Removed, block => block.Kind == "metadata" && block.RawLine == 1 && block.RawEndLine == 4);
    }

    [Fact]
    public void An_english_paragraph_keeps_english_typography()
    {
        const string English = "The ministers met in Brussels on Thursday: they agreed on the plan for the defence of the Baltic states, and the secretary general said that the Alliance is ready for it!";
        var (_, body) = Normalize($"Un titre sur la police du ciel\n\nLes ministres ont conclu : la défense est prête !\n\n{English}\n", "date: 2024-01-01\n");
        Assert.Contains(English, body, StringComparison.Ordinal);
        Assert.Contains("conclu\u00A0: la défense est prête\u00A0!", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_decision_a_person_may_check_is_explained_by_lint()
    {
        var result = TestCorpus.ProcessText($"Un titre sur la police du ciel\n\n{Paragraph} Ils se retrouveront en juin.\n\nProchaine étape : La Haye\n\nLire aussi : le sommet en cinq questions\n", sidecar: "date: 2024-01-01\n");
        var furniture = Assert.Single(result.Diagnostics, diagnostic => diagnostic.Rule.Id == "NC110" && diagnostic.Start.Line == 7);
        Assert.Contains("related-articles", furniture.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.Rule.Id == "NC113");
        var doubt = Assert.Single(result.Diagnostics, diagnostic => diagnostic.Rule.Id == "NC112");
        Assert.Equal(5, doubt.Start.Line);
        Assert.Contains("confidence", doubt.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Segments_cover_every_non_blank_line_with_a_kind()
    {
        var source = new NatoCorpus.Text.SourceText($"Menu\n\nUn titre sur la police du ciel\n\n date 2024-11 Ce mercredi 20 novembre, le secrétaire général a reçu le ministre.\n\n{Paragraph}\n");
        var document = new NatoCorpus.Parsing.DocumentParser(NatoCorpus.Knowledge.CorpusKnowledge.Default).Parse(source);
        Assert.All(document.Segments, segment => Assert.NotEqual(LineKind.Unknown, segment.Kind));
        Assert.Equal([LineKind.Stamp, LineKind.Content], document.Segments.Where(segment => segment.Line == 5).Select(segment => segment.Kind));
        Assert.Equal(LineKind.Furniture, document.Segments[0].Kind);
    }
}
