using System.Text.RegularExpressions;
using NatoCorpus.Knowledge;

namespace NatoCorpus.Tests.Knowledge;

/// <summary>Data patterns: compiled late but matching the same, checked in order behind a union, refused when an example fails.</summary>
public sealed class PatternTests
{
    [Fact]
    public void An_adaptive_pattern_answers_the_same_before_and_after_it_is_compiled()
    {
        var pattern = new AdaptiveRegex(@"^(?:partager|share)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        var answers = new List<bool>();
        for (var i = 0; i < 2000; i++)
        {
            answers.Add(pattern.IsMatch(i % 2 == 0 ? "Partager sur Facebook" : "Le partage des charges"));
            if (i == 1000)
            {
                Thread.Sleep(200); // lets the background compilation finish
            }
        }
        Assert.Equal(Enumerable.Range(0, 2000).Select(i => i % 2 == 0), answers);
    }

    [Fact]
    public void A_pattern_set_returns_the_first_matching_pattern_in_order()
    {
        var knowledge = CorpusKnowledge.Default;
        Assert.Equal("skip-link", knowledge.FurnitureSet.FirstMatch("Aller au contenu principal", 26)?.Name);
        Assert.Equal("call-to-action", knowledge.FurnitureSet.FirstMatch("Le Journal a besoin de vous.", 28)?.Name);
        Assert.Null(knowledge.FurnitureSet.FirstMatch("Les ministres de la Défense se sont réunis à Bruxelles.", 55));
        // A pattern's own length limit holds inside the set: the same words in a long paragraph are prose.
        var paragraph = "Les Alliés ont décidé, après de longues discussions, que l’Alliance a besoin de vous, a dit le ministre, " + new string('x', 200);
        Assert.Null(knowledge.FurnitureSet.FirstMatch(paragraph, paragraph.Length));
    }

    [Fact]
    public void A_corpus_data_file_whose_example_fails_is_refused_with_the_entry_name()
    {
        var path = Path.Combine(Path.GetTempPath(), $"natocorpus-bad-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "furniture:\n  - name: my-widget\n    pattern: '^Mon widget$'\n    examples:\n      match: ['Mon gadget']\n");
        try
        {
            var error = Assert.Throws<DataFileException>(() => CorpusKnowledge.Load([path]));
            Assert.Contains("my-widget", error.Problem, StringComparison.Ordinal);
            Assert.Contains("Mon gadget", error.Problem, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_substitution_whose_example_is_not_fixed_is_refused()
    {
        var path = Path.Combine(Path.GetTempPath(), $"natocorpus-typo-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "substitutions:\n  - name: afganistan\n    match: Afganistan\n    replace: Afghanistan\n    near: [troupes]\n    examples:\n      match: ['retour en Afganistan']\n");
        try
        {
            // Without "troupes" nearby the fix is only suggested: the example says it must be fixed, so the entry is refused.
            var error = Assert.Throws<DataFileException>(() => CorpusKnowledge.Load([path]));
            Assert.Contains("substitutions 'afganistan'", error.Problem, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_sidecar_suppression_can_name_one_entry_of_a_rule()
    {
        const string Raw = "Un titre\n\n  • 11 Feb. 2021 -\n\nIl a parlé malgrés tout, parmis les Alliés.\n";
        var result = TestCorpus.ProcessText(Raw, sidecar: "suppressions:\n  - rule: NC301\n    entry: malgre\n    reason: cited as written\n");
        var left = Assert.Single(result.Diagnostics, diagnostic => diagnostic.Rule.Id == "NC301");
        Assert.Equal("parmi", left.Entry);
        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.Rule.Id == "NC108");
    }
}
