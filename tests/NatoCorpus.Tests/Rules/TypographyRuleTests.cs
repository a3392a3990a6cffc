using NatoCorpus.Pipeline;
using static NatoCorpus.Tests.Rules.RuleTestHelper;

namespace NatoCorpus.Tests.Rules;

/// <summary>Each typography rule with a text that triggers it (and its fixed form) and one that must not.</summary>
public sealed class TypographyRuleTests
{
    private const char Nbsp = '\u00A0';

    [Fact]
    public void NC201_replaces_apostrophes_between_letters_only()
    {
        Assert.Equal(2, Findings("NC201", "L'OTAN et l'Alliance.").Count);
        Assert.Equal("L’OTAN et l’Alliance.\n", Normalized("L'OTAN et l'Alliance."));
        Assert.Empty(Findings("NC201", "Le mot 'test' cité, et l’OTAN."));
    }

    [Fact]
    public void NC202_puts_one_no_break_space_inside_guillemets_whatever_the_raw_spacing()
    {
        Assert.Equal($"Il dit «{Nbsp}oui{Nbsp}».\n", Normalized("Il dit «oui»."));
        Assert.Equal($"Il dit «{Nbsp}oui{Nbsp}».\n", Normalized("Il dit « oui »."));
        Assert.Equal($"Il dit «{Nbsp}oui{Nbsp}».\n", Normalized($"Il dit «{Nbsp} oui \u202F»."));
        Assert.Empty(Findings("NC202", $"Il dit «{Nbsp}oui{Nbsp}»."));
    }

    [Fact]
    public void NC202_uses_the_configured_narrow_no_break_space()
    {
        var narrow = new EngineOptions { NoBreakSpace = NoBreakSpaceChoice.Narrow };
        Assert.Equal("Il dit «\u202Foui\u202F».\n", Normalized("Il dit « oui ».", narrow));
    }

    [Fact]
    public void NC203_repairs_an_empty_pair_glued_to_a_word_as_an_opening_guillemet()
    {
        Assert.Single(Findings("NC203", "Il a dit. « »Nous partons. »"));
        Assert.Equal($"Il a dit. «{Nbsp}Nous partons.{Nbsp}»\n", Normalized("Il a dit. « »Nous partons. »"));
        Assert.Empty(Findings("NC203", "« Nous partons. »"));
    }

    [Fact]
    public void NC204_adds_a_no_break_space_before_high_punctuation_but_not_in_times_or_urls()
    {
        Assert.Equal($"Partir{Nbsp}? Oui{Nbsp}: maintenant{Nbsp}!\n", Normalized("Partir? Oui : maintenant!"));
        Assert.Empty(Findings("NC204", "À 13:00, voir https://www.nato.int/x?id=1 et le ratio 3:1."));
        Assert.Empty(Findings("NC204", $"Un choix difficile{Nbsp}: rester."));
    }

    [Fact]
    public void NC205_joins_digit_groups_with_a_no_break_space()
    {
        Assert.Equal($"Il y a 11{Nbsp}000 militaires et 1{Nbsp}250{Nbsp}000{Nbsp}euros.\n", Normalized("Il y a 11 000 militaires et 1 250 000 euros."));
        Assert.Empty(Findings("NC205", "Les 17 et 18 février 2021, en 2020 100 fois."[..30]));
        Assert.Empty(Findings("NC205", "Entre 2019 et 2020, les 27 pays."));
    }

    [Fact]
    public void NC206_collapses_runs_of_spaces_keeping_a_no_break_space()
    {
        Assert.Equal("La mission OTAN.\n", Normalized("La mission  OTAN."));
        Assert.Equal($"La mission{Nbsp}OTAN.\n", Normalized($"La mission{Nbsp} OTAN."));
        Assert.Empty(Findings("NC206", "La mission OTAN."));
    }

    [Fact]
    public void NC207_composes_decomposed_accents()
    {
        Assert.Equal("Défense.\n", Normalized("De\u0301fense."));
        Assert.Empty(Findings("NC207", "Défense."));
    }

    [Fact]
    public void NC208_splits_glued_paragraphs_and_joins_wrapped_lines()
    {
        Assert.Equal("Première phrase.\n\nDeuxième paragraphe.\n", Normalized("Première phrase.\nDeuxième paragraphe."));
        Assert.Equal("Une phrase coupée en deux lignes.\n", Normalized("Une phrase coupée\nen deux lignes."));
        Assert.Empty(Findings("NC208", "Un paragraphe.\n\nUn autre."));
    }

    [Fact]
    public void NC209_removes_spaces_at_the_edges_of_paragraphs()
    {
        Assert.Equal("Texte.\n\nSuite.\n", Normalized("   Texte.   \n\n\tSuite."));
        Assert.Empty(Findings("NC209", "Texte."));
    }

    [Fact]
    public void NC210_reports_an_unclosed_guillemet_without_a_fix()
    {
        var findings = Findings("NC210", "Il dit « oui, et part.");
        Assert.Single(findings);
        Assert.Null(findings[0].Fix);
        Assert.Equal(1, RuleTestHelper.Run("Il dit « oui, et part.").UnresolvedErrors);
        Assert.Empty(Findings("NC210", "Il dit « oui » et part."));
    }

    [Fact]
    public void NC211_escapes_paragraphs_that_start_like_markdown()
    {
        Assert.Equal("\\# 1 des priorités.\n\n1\\. Premier point.\n", Normalized("# 1 des priorités.\n\n1. Premier point."));
        Assert.Empty(Findings("NC211", "Le #NATO et 1. Point."));
    }

    [Fact]
    public void NC212_removes_invisible_characters()
    {
        Assert.Equal("Défense nationale.\n", Normalized("Dé\u200Bfense natio\u00ADnale."));
        Assert.Empty(Findings("NC212", "Défense nationale."));
    }

    /// <summary>Article prose after a hostile paragraph: keeps it article text, and its controls under the 1 % that means binary.</summary>
    private const string Prose = "Les ministres de la Défense des pays membres se sont réunis ce jeudi à Bruxelles pour examiner la situation "
        + "sécuritaire sur le flanc est de l’Alliance, les engagements de dépenses et le soutien apporté aux partenaires, a indiqué le "
        + "porte-parole à l’issue de la réunion. Les discussions ont également porté sur la production de munitions, la défense aérienne "
        + "intégrée, la protection des infrastructures sous-marines et la préparation du prochain sommet des chefs d’État et de gouvernement, "
        + "prévu l’été prochain, où les Alliés doivent adopter un nouveau plan capacitaire et confirmer leurs contributions.";

    [Fact]
    public void NC212_removes_control_characters_and_keeps_two_words_apart()
    {
        // An ANSI colour code leaves its visible part; a control between two words becomes one space.
        const string raw = "Le ministre a parlé du \u001b[31mrouge\u001b[0m de la carte et de la\u000Cpage\u0001\u200B\u0002suivante du rapport.\u007F";
        Assert.Equal($"Le ministre a parlé du [31mrouge[0m de la carte et de la page suivante du rapport.\n\n{Prose}\n", Normalized($"{raw}\n\n{Prose}"));
        Assert.Equal(7, Findings("NC212", $"{raw}\n\n{Prose}").Count);
    }

    [Fact]
    public void NC212_removes_bidi_controls()
    {
        string[] bidi = ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C"];
        var raw = string.Concat(bidi) + "Le ministre a reçu le fichier \u202Etxt.exe\u202C que le service a jugé sûr après l’examen.";
        Assert.Equal($"Le ministre a reçu le fichier txt.exe que le service a jugé sûr après l’examen.\n\n{Prose}\n", Normalized($"{raw}\n\n{Prose}"));
    }

    [Fact]
    public void NC212_keeps_joiners_that_join_letters_or_emoji_and_removes_the_others()
    {
        const string family = "👨\u200D👩\u200D👧";
        const string persian = "می\u200Cخواهم";
        const string rainbow = "🏳\uFE0F\u200D🌈";
        const string medic = "🧑🏽\u200D⚕\uFE0F";
        var kept = $"Le ministre a publié les émojis {family}, {rainbow} et {medic} avec le mot persan {persian} dans son message.";
        Assert.Equal($"{kept}\n\n{Prose}\n", Normalized($"{kept}\n\n{Prose}"));
        Assert.Empty(Findings("NC212", $"{kept}\n\n{Prose}"));
        const string stray = "Le ministre\u200D a publié \u200Cson message et\u200D \u200Dla réponse du porte-parole.\u200D";
        Assert.Equal($"Le ministre a publié son message et la réponse du porte-parole.\n\n{Prose}\n", Normalized($"{stray}\n\n{Prose}"));
        Assert.Equal(5, Findings("NC212", $"{stray}\n\n{Prose}").Count);
    }

    [Fact]
    public void NC212_lists_each_removal_under_corrections_and_writes_nothing_invisible()
    {
        var result = Run($"Le \u001b[1mtexte\u202E de l’Alliance\u200B a été publié par le porte-parole.\n\n{Prose}");
        var corrections = result.FrontMatter!.Corrections.Where(correction => correction.Rule == "NC212").ToArray();
        Assert.Equal(["\u001b", "\u202E", "\u200B"], corrections.Select(correction => correction.From));
        Assert.All(corrections, correction => Assert.Equal("", correction.To));
        Assert.Equal([4, 13, 28], corrections.Select(correction => correction.RawColumn));
        var markdown = result.Markdown!;
        Assert.DoesNotContain(markdown, c => c != '\n' && NatoCorpus.Text.Printable.IsHidden(c));
        Assert.Contains("from: \"\\e\"", markdown, StringComparison.Ordinal);
        Assert.Contains("from: \"\\u202E\"", markdown, StringComparison.Ordinal);
        Assert.Empty(NatoCorpus.Output.FrontMatterSchema.Validate(markdown));
        // Read back, the escapes are the characters removed.
        var read = NatoCorpus.Output.FrontMatterReader.ToJson(NatoCorpus.Output.FrontMatterReader.Split(markdown)!.Value.Yaml)!["corrections"]!.AsArray();
        Assert.Equal(["\u001b", "\u202E", "\u200B"], read.Select(correction => (string)correction!["from"]!));
    }
    [Fact]
    public void A_control_character_NC212_may_not_remove_keeps_the_text_out_of_normalized()
    {
        // Off in the configuration, or suppressed on its line: the text is reported, never written with it.
        var off = new EngineOptions { Rules = new Dictionary<string, RuleSetting>(StringComparer.Ordinal) { ["NC212"] = new RuleSetting(false, null) } };
        var body = $"Le ministre a parlé du \u001b[31mrouge\u001b[0m de la carte.\n\n{Prose}";
        foreach (var result in new[] { Run(body, off), TestCorpus.ProcessText($"{Title}\n\n{body}", sidecar: "date: 2021-02-11\nsuppressions:\n  - rule: NC212\n    line: 3\n    reason: gardé\n") })
        {
            Assert.Null(result.Markdown);
            var held = Assert.Single(result.Diagnostics, diagnostic => diagnostic.Rule.Id == "NC212" && diagnostic.Severity == NatoCorpus.Rules.Severity.Error);
            Assert.StartsWith("U+001B at 3:24 would be written to normalized/", held.Message, StringComparison.Ordinal);
            Assert.True(result.UnresolvedErrors > 0);
        }
        // Other invisible characters NC212 is kept from removing are only debris, not a danger: written.
        Assert.NotNull(Run($"Le ministre\u200B a parlé de la carte.\n\n{Prose}", off).Markdown);
    }
}
