using NatoCorpus.Knowledge;
using NatoCorpus.Rules;

namespace NatoCorpus.Tests.Rules;

/// <summary>NC304: ranked suggestions for the typos of the issue, the two safe classes, and what is never reported.</summary>
public sealed class SpellingRuleTests
{
    [Theory]
    [InlineData("Le Premier ministre est arrivé. Le Premler ministre a parlé.", "Premler", "Premier")]
    [InlineData("Il faut avair confiance.", "avair", "avoir")]
    [InlineData("La stratégie general de l’Alliance.", "general", "général")]
    [InlineData("Les génraux se sont réunis.", "génraux", "généraux")]
    public void The_right_suggestion_comes_first(string body, string word, string expected)
    {
        var finding = Assert.Single(RuleTestHelper.Findings("NC304", body), diagnostic => diagnostic.Message.StartsWith($"\"{word}\"", StringComparison.Ordinal));
        Assert.Equal(FixApplicability.Suggestion, finding.Fix!.Applicability);
        Assert.Equal(expected, finding.Fix.Edits[0].NewText);
    }

    [Theory]
    [InlineData("Le ministre a décidé dannoncer un sommet.", "Le ministre a décidé d’annoncer un sommet.\n")]
    [InlineData("La présence des Etats-Unis reste forte.", "La présence des États-Unis reste forte.\n")]
    [InlineData("Le rôle de l’Etat est central.", "Le rôle de l’État est central.\n")]
    public void Curated_classes_are_applied(string body, string normalized) =>
        Assert.Equal(normalized, RuleTestHelper.Normalized(body));

    [Theory]
    [InlineData("Un conférence a eu lieu à Bruxelles.")]
    [InlineData("Eric Trappier et Mark Rutte ont parlé à Vilnius.")]
    [InlineData("L’OTAN et l’UE, a-t-il dit, travaillent ensemble.")]
    [InlineData("Le « burden sharing » reste un sujet, voir https://www.nato.int/cps/fr/natohq ou @NATO_fr.")]
    [InlineData("La mission en Iraq forme les instructeurs iraquiens.")]
    [InlineData("On écrit « malgré » et non « malgrés ».")]
    public void Correct_or_foreign_text_is_not_reported(string body) =>
        // "malgrés" cited as a misspelling is reported (a suggestion, never applied): a citation is evidence.
        Assert.DoesNotContain(RuleTestHelper.Findings("NC304", body), diagnostic => !diagnostic.Message.Contains("malgrés", StringComparison.Ordinal));

    [Fact]
    public void Every_accepted_word_passes_in_its_examples()
    {
        foreach (var entry in CorpusKnowledge.Default.AcceptLists)
        {
            Assert.NotEmpty(entry.Examples.Match);
            foreach (var example in entry.Examples.Match)
            {
                var findings = RuleTestHelper.Findings("NC304", example + ".");
                Assert.DoesNotContain(findings, diagnostic => entry.Words.Any(word => diagnostic.Message.StartsWith($"\"{word}\"", StringComparison.Ordinal)));
            }
        }
    }
}
