using NatoCorpus.Pipeline;
using NatoCorpus.Rules;

namespace NatoCorpus.Tests.Rules;

public sealed class StructureAndWordingRuleTests
{
    private const string Header = "  • 11 Feb. 2021 -\n  • |\n  • Mis à jour le: 11 Feb. 2021 17:40\n";

    [Fact]
    public void NC101_reports_a_text_without_title_or_sidecar_and_does_not_write_it()
    {
        var result = TestCorpus.ProcessText(" date 2020-11 Temps de lecture estimé : 3 minutes\n\nCe lundi 30 novembre, il a parlé. Puis il est parti.\n");
        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Rule.Id == "NC101" && diagnostic.Severity == Severity.Error);
        Assert.Null(result.Markdown);
    }

    [Fact]
    public void NC101_is_satisfied_by_a_sidecar_title_which_is_recorded_as_such()
    {
        var result = TestCorpus.ProcessText(" date 2020-11\n\nCe lundi 30 novembre, il a parlé. Puis il est parti.\n", sidecar: "title: 'Un titre : avec « guillemets »'\n");
        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.Rule.Id == "NC101");
        // The sidecar's title is typeset as the body is (issue 12): no-break spaces before the colon and inside « ».
        Assert.Equal("Un titre\u00A0: avec «\u00A0guillemets\u00A0»", result.FrontMatter!.Title);
        Assert.Equal("sidecar", result.FrontMatter.TitleSource);
        Assert.Equal("2020-11-30", result.FrontMatter.Date);
        Assert.Equal("body", result.FrontMatter.DateSource);
    }

    [Fact]
    public void NC102_reports_a_text_with_no_date_anywhere()
    {
        var result = TestCorpus.ProcessText("Un titre\n\nIl a parlé. Puis il est parti.\n");
        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Rule.Id == "NC102");
        Assert.Null(result.Markdown);
        Assert.DoesNotContain(TestCorpus.ProcessText($"Un titre\n\n{Header}\nIl a parlé.\n").Diagnostics, diagnostic => diagnostic.Rule.Id == "NC102");
    }

    [Fact]
    public void NC103_moves_the_header_to_the_front_matter_with_the_brussels_offset()
    {
        var winter = TestCorpus.ProcessText($"Un titre\n\n{Header}\nIl a parlé.\n");
        Assert.Single(winter.Diagnostics, diagnostic => diagnostic.Rule.Id == "NC103");
        Assert.Equal("2021-02-11", winter.FrontMatter!.Date);
        Assert.Equal("2021-02-11T17:40:00+01:00", winter.FrontMatter.Updated);
        var summer = TestCorpus.ProcessText("Un titre\n\n  • 26 Jun. 2020 -\n  • Mis à jour le: 26 Jun. 2020 15:26\n\nIl a parlé.\n");
        Assert.Equal("2020-06-26T15:26:00+02:00", summer.FrontMatter!.Updated);
        Assert.DoesNotContain("Feb", winter.Markdown!.Split("---\n")[2], StringComparison.Ordinal);
        Assert.DoesNotContain(TestCorpus.ProcessText("Un titre\n\n• Un point de liste.\n", sidecar: "date: 2020-01-01\n").Diagnostics, diagnostic => diagnostic.Rule.Id == "NC103");
    }

    [Fact]
    public void NC104_takes_a_tweet_with_its_banner_out_of_the_body_and_parses_it()
    {
        var text = "Il a parlé.\n\n⚠️ LIVE SOON 🕐 13:00 CEST ⚠️\n\n🗣️ | Press conference today. https://t.co/abc123 — Jens Stoltenberg (@jensstoltenberg) November 30, 2020\n\nSuite du texte.";
        var result = RuleTestHelper.Run(text);
        Assert.Single(result.Diagnostics, diagnostic => diagnostic.Rule.Id == "NC104");
        var embed = Assert.Single(result.FrontMatter!.Embeds);
        Assert.Equal("tweet", embed.Kind);
        Assert.Equal("Jens Stoltenberg", embed.Fields["author"]);
        Assert.Equal("jensstoltenberg", embed.Fields["handle"]);
        Assert.Equal("2020-11-30", embed.Fields["date"]);
        Assert.Equal("https://t.co/abc123", embed.Fields["url"]);
        Assert.StartsWith("⚠️ LIVE SOON", embed.Text, StringComparison.Ordinal);
        Assert.Equal("Il a parlé.\n\nSuite du texte.\n", RuleTestHelper.Normalized(text));
        Assert.Empty(RuleTestHelper.Findings("NC104", "Il a écrit sur Twitter — comme souvent (@OTAN) — hier."));
    }

    [Fact]
    public void NC105_takes_an_english_caption_out_and_keeps_it_with_its_language()
    {
        var text = "Les ministres ont parlé.\n\nNATO Secretary General Jens Stoltenberg officially closes the last meeting in the building\n\nIls ont conclu.";
        var result = RuleTestHelper.Run(text);
        var embed = Assert.Single(result.FrontMatter!.Embeds);
        Assert.Equal(("caption", "en"), (embed.Kind, embed.Fields["language"]));
        Assert.Equal("Les ministres ont parlé.\n\nIls ont conclu.\n", RuleTestHelper.Normalized(text));
        Assert.Empty(RuleTestHelper.Findings("NC105", "Les ministres ont parlé de la Russie et de la Chine\n\nSuite."));
    }

    [Fact]
    public void NC106_reports_crlf_and_bom_which_decoding_repairs()
    {
        var result = TestCorpus.ProcessText("\uFEFFUn titre\r\n\r\nIl a parlé.\r\n", sidecar: "date: 2020-01-01\n");
        var finding = Assert.Single(result.Diagnostics, diagnostic => diagnostic.Rule.Id == "NC106");
        Assert.True(finding.FixedByNormalize);
        Assert.DoesNotContain('\r', result.Markdown!);
        Assert.Empty(RuleTestHelper.Findings("NC106", "Il a parlé."));
    }

    [Fact]
    public void NC301_reads_a_decomposed_context_as_composed()
    {
        // "présence" with a combining accent is still the word that makes the fix sure, as it is once composed.
        var finding = Assert.Single(RuleTestHelper.Findings("NC301", "Il a renforcé la pre\u0301sence miliaire en Europe."));
        Assert.Equal(NatoCorpus.Rules.FixApplicability.Safe, finding.Fix!.Applicability);
    }

    [Fact]
    public void NC301_replaces_miliaire_in_a_military_context_only()
    {
        var military = RuleTestHelper.Run("Maintenir son engagement miliaire en Afghanistan.");
        var correction = Assert.Single(military.FrontMatter!.Corrections);
        Assert.Equal(("NC301", "miliaire", "militaire", 3), (correction.Rule, correction.From, correction.To, correction.RawLine));
        Assert.Empty(RuleTestHelper.Findings("NC301", "Le patient souffre d’une fièvre miliaire depuis hier."));
        var unclear = RuleTestHelper.Findings("NC301", "Une forme miliaire a été observée.");
        Assert.Equal(NatoCorpus.Rules.FixApplicability.Unsafe, Assert.Single(unclear).Fix!.Applicability);
    }

    [Fact]
    public void NC301_applies_an_unclear_substitution_only_when_unsafe_fixes_are_asked_for()
    {
        const string Unclear = "Une forme miliaire a été observée.";
        var cautious = RuleTestHelper.Run(Unclear);
        Assert.Empty(cautious.FrontMatter!.Corrections);
        Assert.Equal("militaire", Assert.Single(cautious.FrontMatter.Suggestions).Suggestion);
        var bold = RuleTestHelper.Run(Unclear, new EngineOptions { UnsafeFixes = true });
        Assert.Equal(("miliaire", "militaire"), (Assert.Single(bold.FrontMatter!.Corrections).From, bold.FrontMatter.Corrections[0].To));
        Assert.Contains("forme militaire", bold.Markdown!, StringComparison.Ordinal);
    }

    [Fact]
    public void NC301_fixes_pas_questions_de_keeping_the_capital()
    {
        Assert.Equal("Pas question de signer.\n", RuleTestHelper.Normalized("Pas questions de signer."));
        Assert.Equal("Il dit pas question de signer.\n", RuleTestHelper.Normalized("Il dit pas questions de signer."));
        Assert.Empty(RuleTestHelper.Findings("NC301", "Les questions de sécurité."));
    }

    [Fact]
    public void NC302_suggests_but_never_applies_grammar_fixes()
    {
        var text = "Il a également avoir proposé un sommet.";
        var finding = Assert.Single(RuleTestHelper.Findings("NC302", text));
        Assert.Equal("a également proposé", finding.Fix!.Edits[0].NewText);
        Assert.Equal(text + "\n", RuleTestHelper.Normalized(text));
        Assert.Single(RuleTestHelper.Run(text).FrontMatter!.Suggestions);
        Assert.Empty(RuleTestHelper.Findings("NC302", "Il a proposé d’avoir un sommet. Faut-il partir ? Oui, vous avez raison."));
    }
}
