using NatoCorpus.Rules;

namespace NatoCorpus.Tests.Rules;

/// <summary>
/// Issue 12, part 3: the failures seen on real and generated texts, one test each. For an archive a wrong safe fix
/// is worse than a missed one: correct French must come out as it went in.
/// </summary>
public sealed class SafeFixTests
{
    [Fact]
    public void A_word_that_is_the_whole_content_of_a_quoted_pair_is_cited_and_never_rewritten()
    {
        foreach (var text in new[]
        {
            "On écrit « malgré » et non « malgrés ».",
            "On écrit « malgré » et non «malgrés».",
            "On écrit “malgré” et non “malgrés”.",
            "Le mot « miliaire » désigne une fièvre, pas une armée.",
        })
        {
            Assert.Empty(RuleTestHelper.Findings("NC301", text));
        }
        // Quoted with other words, it is used, not cited: still fixed.
        Assert.Equal("«\u00A0Malgré les menaces, nous restons.\u00A0»\n", RuleTestHelper.Normalized("« Malgrés les menaces, nous restons. »"));
    }

    [Fact]
    public void A_negation_followed_by_a_bare_plural_is_not_pas_question_de()
    {
        Assert.Empty(RuleTestHelper.Findings("NC301", "Ce ne sont pas questions de détail, mais de principe."));
        Assert.Empty(RuleTestHelper.Findings("NC301", "Ce n’est pas questions de forme qu’il s’agit."));
        Assert.Equal("Pas question de céder.\n", RuleTestHelper.Normalized("Pas questions de céder."));
    }

    [Fact]
    public void Elided_and_inflected_forms_of_curated_entries_are_fixed()
    {
        Assert.Equal("Pas question d’accepter ce chantage.\n", RuleTestHelper.Normalized("Pas questions d’accepter ce chantage."));
        Assert.Equal("Pas question d’accepter ce chantage.\n", RuleTestHelper.Normalized("Pas questions d'accepter ce chantage."));
        Assert.Equal("Les dépenses militaires des Alliés augmentent.\n", RuleTestHelper.Normalized("Les dépenses miliaires des Alliés augmentent."));
        Assert.Equal("Les généraux russes et le secrétaire général.\n", RuleTestHelper.Normalized("Les génraux russes et le secrétaire génral."));
        var result = RuleTestHelper.Run("Les forces miliaires russes.");
        var correction = Assert.Single(result.FrontMatter!.Corrections);
        Assert.Equal(("miliaires", "militaires"), (correction.From, correction.To));
    }

    [Fact]
    public void When_the_context_points_both_ways_the_fix_is_suggested_not_dropped()
    {
        var finding = Assert.Single(RuleTestHelper.Findings("NC301", "Une fièvre miliaire frappe les forces déployées."));
        Assert.Equal(FixApplicability.Suggestion, finding.Fix!.Applicability);
        var result = RuleTestHelper.Run("Une fièvre miliaire frappe les forces déployées.");
        Assert.Empty(result.FrontMatter!.Corrections);
        Assert.Equal("militaire", Assert.Single(result.FrontMatter.Suggestions).Suggestion);
        // Applied by no option: a suggestion is not an unsafe fix.
        Assert.Contains("fièvre miliaire", RuleTestHelper.Normalized("Une fièvre miliaire frappe les forces déployées.", new NatoCorpus.Pipeline.EngineOptions { UnsafeFixes = true }), StringComparison.Ordinal);
    }

    [Fact]
    public void The_bodys_own_wording_makes_the_titles_fix_safe()
    {
        var text = "Coopération miliaire renforcée avec Kiev\n\nLes Alliés ont renforcé leur coopération militaire avec l’Ukraine.\n";
        var result = TestCorpus.ProcessText(text, sidecar: "date: 2024-03-03\n");
        Assert.Equal("Coopération militaire renforcée avec Kiev", result.FrontMatter!.Title);
        Assert.Equal(("miliaire", "militaire"), (Assert.Single(result.FrontMatter.Corrections).From, result.FrontMatter.Corrections[0].To));
        // Without the body's wording the title's context is unclear: only suggested.
        var alone = TestCorpus.ProcessText("Coopération miliaire renforcée avec Kiev\n\nLes Alliés ont parlé avec l’Ukraine.\n", sidecar: "date: 2024-03-03\n");
        Assert.Equal("Coopération miliaire renforcée avec Kiev", alone.FrontMatter!.Title);
    }

    [Fact]
    public void The_body_attests_after_its_own_sure_fixes_so_normalizing_twice_changes_nothing()
    {
        var text = "Coopération miliaire renforcée avec Kiev\n\nLes forces ont renforcé la coopération miliaire avec l’Ukraine.\n";
        var result = TestCorpus.ProcessText(text, sidecar: "date: 2024-03-03\n");
        Assert.Equal("Coopération militaire renforcée avec Kiev", result.FrontMatter!.Title);
        Assert.Equal(2, result.FrontMatter.Corrections.Count);
    }

    [Theory]
    [InlineData("Faut-il partir ? Ou assez tôt pour rien ?")]
    [InlineData("Faut-il partir ? Ou chez qui aller ?")]
    [InlineData("Faut-il partir ? Ou devez-vous rester ?")]
    [InlineData("Faut-il partir ? Ou Devez-vous rester ?")]
    [InlineData("faut-il partir ? ou devez-vous rester ?")]
    [InlineData("Faut-il partir ? Ou vous restez ?")]
    [InlineData("Faut-il céder ? Ou, comme le disait le général, « résistez » jusqu’au bout ?")]
    [InlineData("Faut-il céder ? Ou, comme il l’écrivait, « tenez bon et avancez » ?")]
    [InlineData("Faut-il écouter ? Ou répondre à M. Chavez ?")]
    [InlineData("Faut-il passer par le canal ? Ou par Suez ?")]
    [InlineData("Faut-il partir ? Ou rester, et risquer tout ?")]
    public void The_faut_il_rule_leaves_correct_french_alone(string text) =>
        Assert.Empty(RuleTestHelper.Findings("NC302", text));

    [Fact]
    public void The_faut_il_rule_proposes_only_infinitives_it_knows_and_reads_either_case()
    {
        var known = Assert.Single(RuleTestHelper.Findings("NC302", "faut-il partir ? ou restez malgré tout ?"));
        Assert.Equal("rester", known.Fix!.Edits[0].NewText);
        var unknown = Assert.Single(RuleTestHelper.Findings("NC302", "Faut-il partir ? Ou attendez la suite ?"));
        Assert.Null(unknown.Fix);
        Assert.DoesNotContain("attender", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_auxiliary_before_avoir_is_found_with_participles_of_every_group()
    {
        var finding = Assert.Single(RuleTestHelper.Findings("NC302", "La Russie a avoir pris la ville."));
        Assert.Equal("a pris", finding.Fix!.Edits[0].NewText);
        Assert.Empty(RuleTestHelper.Findings("NC302", "Il pense avoir pris la bonne décision."));
        Assert.Empty(RuleTestHelper.Findings("NC302", "Il a dit avoir du mal à comprendre."));
    }
}
