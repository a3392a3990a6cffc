using NatoCorpus.Knowledge;
using NatoCorpus.Rules;
using Xunit.Abstractions;

namespace NatoCorpus.Tests.Rules;

/// <summary>
/// Issue 12, part 4: the precision set (Fixtures/precision/*.yaml). Every wording entry and every rule of issue 12
/// has sentences where it must fire and correct French where it must not. The figures are printed:
/// <c>dotnet test --filter PrecisionSetTests --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class PrecisionSetTests(ITestOutputHelper output)
{
    private const double SafeTarget = 0.99;
    private const double SuggestionTarget = 0.8;

    /// <summary>A neutral paragraph after the sentence, so it reads as article text; no rule fires on it.</summary>
    private const string Filler = "Les ministres de la Défense se sont réunis ce jeudi à Bruxelles pour préparer le sommet de l’Alliance, a indiqué le porte-parole.";

    private sealed class PrecisionFile
    {
        public string Rule { get; set; } = "";
        public List<PrecisionCase> Cases { get; set; } = [];
    }

    private sealed class PrecisionCase
    {
        public string? Entry { get; set; }
        public List<string> Fires { get; set; } = [];
        public List<string> Quiet { get; set; } = [];
    }

    private sealed record Outcome(string Rule, string? Entry, string Sentence, bool MustFire, string? Expected, Diagnostic[] Findings, string Paragraph);

    private static IReadOnlyList<Outcome> RunAll()
    {
        var folder = Path.Combine(TestCorpus.Root, "tests", "NatoCorpus.Tests", "Fixtures", "precision");
        var outcomes = new List<Outcome>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var file = StrictYaml.Read<PrecisionFile>(File.ReadAllText(path), path);
            foreach (var @case in file.Cases)
            {
                foreach (var (item, mustFire) in @case.Fires.Select(item => (item, true)).Concat(@case.Quiet.Select(item => (item, false))))
                {
                    var parts = item.Split(" => ", 2, StringSplitOptions.None);
                    var sentence = parts[0];
                    var result = RuleTestHelper.Run($"{sentence}\n\n{Filler}");
                    // Only the sentence's own line counts (line 3: the title, a blank line, then the sentence).
                    var findings = result.Diagnostics
                        .Where(diagnostic => diagnostic.Rule.Id == file.Rule && diagnostic.Start.Line == 3 && (@case.Entry is null || diagnostic.Entry == @case.Entry))
                        .ToArray();
                    var body = NatoCorpus.Output.FrontMatterReader.Split(result.Markdown!)!.Value.Body;
                    outcomes.Add(new Outcome(file.Rule, @case.Entry, sentence, mustFire, parts.Length > 1 ? parts[1] : null, findings, body.Split("\n\n")[0].TrimEnd('\n')));
                }
            }
        }
        return outcomes;
    }

    private static string Spaced(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');

    [Fact]
    public void The_precision_set_meets_the_targets_of_issue_12()
    {
        var outcomes = RunAll();
        var problems = new List<string>();
        int safeRight = 0, safeWrong = 0, otherRight = 0, otherWrong = 0;
        foreach (var outcome in outcomes)
        {
            var where = $"{outcome.Rule}{(outcome.Entry is null ? "" : "/" + outcome.Entry)}: \"{outcome.Sentence}\"";
            if (outcome.MustFire && outcome.Findings.Length == 0)
            {
                problems.Add($"missed {where}");
            }
            // A fire in a sentence that must fire is right when its output is what the set expects (if it says).
            var outputRight = outcome.Expected is null || Spaced(outcome.Paragraph) == Spaced(outcome.Expected);
            if (outcome.MustFire && !outputRight)
            {
                problems.Add($"wrong output for {where}: \"{Spaced(outcome.Paragraph)}\"");
            }
            foreach (var finding in outcome.Findings)
            {
                var right = outcome.MustFire && outputRight;
                if (finding.FixedByNormalize)
                {
                    (safeRight, safeWrong) = right ? (safeRight + 1, safeWrong) : (safeRight, safeWrong + 1);
                }
                else
                {
                    (otherRight, otherWrong) = right ? (otherRight + 1, otherWrong) : (otherRight, otherWrong + 1);
                }
                if (!outcome.MustFire)
                {
                    output.WriteLine($"false alarm ({(finding.FixedByNormalize ? "applied" : "reported")}) {where}: {finding.Message}");
                }
            }
        }
        var fires = outcomes.Count(outcome => outcome.MustFire);
        var quiet = outcomes.Count - fires;
        var safePrecision = safeRight + safeWrong == 0 ? 1 : (double)safeRight / (safeRight + safeWrong);
        var otherPrecision = otherRight + otherWrong == 0 ? 1 : (double)otherRight / (otherRight + otherWrong);
        output.WriteLine($"precision set: {outcomes.Count} sentences ({fires} fires, {quiet} quiet) over {outcomes.Select(outcome => outcome.Rule + outcome.Entry).Distinct().Count()} rules and entries");
        output.WriteLine($"applied (safe) fixes: {safeRight + safeWrong}, right {safeRight}, wrong {safeWrong}: precision {safePrecision:0.000} (target {SafeTarget})");
        output.WriteLine($"reported, not applied (suggestions, unsafe fixes, reports): {otherRight + otherWrong}, right {otherRight}, wrong {otherWrong}: precision {otherPrecision:0.000} (target {SuggestionTarget})");
        foreach (var group in outcomes.GroupBy(outcome => (outcome.Rule, outcome.Entry)))
        {
            output.WriteLine($"  {group.Key.Rule}{(group.Key.Entry is null ? "" : "/" + group.Key.Entry)}: fires {group.Count(o => o.MustFire)} (found {group.Count(o => o.MustFire && o.Findings.Length > 0)}), quiet {group.Count(o => !o.MustFire)} (false alarms {group.Count(o => !o.MustFire && o.Findings.Length > 0)})");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(safePrecision >= SafeTarget, $"safe fixes: precision {safePrecision:0.000} < {SafeTarget}");
        Assert.True(otherPrecision >= SuggestionTarget, $"suggestions: precision {otherPrecision:0.000} < {SuggestionTarget}");
    }

    [Fact]
    public void Every_wording_entry_and_every_rule_of_issue_12_is_in_the_precision_set()
    {
        var outcomes = RunAll();
        var covered = outcomes.Select(outcome => outcome.Entry ?? outcome.Rule).ToHashSet(StringComparer.Ordinal);
        var wanted = CorpusKnowledge.Default.Substitutions.Select(entry => entry.Name)
            .Concat(CorpusKnowledge.Default.Suggestions.Select(entry => entry.Name))
            .Concat(["NC213", "NC214", "NC215", "NC216", "NC217", "NC218", "NC219", "NC303"]);
        var missing = wanted.Where(name => !covered.Contains(name)).ToArray();
        Assert.True(missing.Length == 0, $"not in the precision set: {string.Join(", ", missing)}");
    }
}
