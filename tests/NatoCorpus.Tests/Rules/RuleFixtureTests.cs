using NatoCorpus.Pipeline;
using NatoCorpus.Rules;

namespace NatoCorpus.Tests.Rules;

/// <summary>
/// One fixture per rule (tests/NatoCorpus.Tests/Fixtures/rules/ID.txt), as ruff's test_case(rule, fixture) and
/// markdownlint's scenario files: a raw text whose `#! fires:` header lists the lines the rule reports, run with that
/// rule alone. Adding a rule is then the rule file, one catalogue line, its doc page and its fixture; a rule without
/// a fixture fails here.
/// </summary>
public sealed class RuleFixtureTests
{
    public static IEnumerable<object[]> RuleIds => RuleCatalog.All.Select(rule => new object[] { rule.Descriptor.Id });

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_rule_fires_on_exactly_the_lines_its_fixture_marks(string id)
    {
        var path = Path.Combine(TestCorpus.Root, "tests", "NatoCorpus.Tests", "Fixtures", "rules", id + ".txt");
        Assert.True(File.Exists(path), $"{id} has no fixture at tests/NatoCorpus.Tests/Fixtures/rules/{id}.txt");
        var lines = File.ReadAllText(path).Split('\n');
        var header = lines.TakeWhile(line => line.StartsWith("#!", StringComparison.Ordinal)).ToArray();
        var text = string.Join('\n', lines.Skip(header.Length));
        string? sidecar = null;
        var expected = new SortedSet<int>();
        foreach (var line in header)
        {
            var (key, value) = (line[2..line.IndexOf(':', StringComparison.Ordinal)].Trim(), line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim());
            if (key == "sidecar")
            {
                sidecar = value + "\n";
            }
            else if (key == "fires")
            {
                expected.UnionWith(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse));
            }
        }
        Assert.NotEmpty(expected);
        // The rule alone: every other rule is off, so nothing but this rule's own logic decides.
        var alone = new EngineOptions
        {
            Rules = RuleCatalog.All.Where(rule => rule.Descriptor.Id != id)
                .ToDictionary(rule => rule.Descriptor.Id, _ => new RuleSetting(false, null), StringComparer.Ordinal),
        };
        var result = TestCorpus.ProcessText(text.Replace("\\uFEFF", "\uFEFF", StringComparison.Ordinal).Replace("\\r", "\r", StringComparison.Ordinal), sidecar: sidecar, options: alone);
        var findings = result.Diagnostics.Where(diagnostic => diagnostic.Rule.Id == id).ToArray();
        Assert.Equal(expected, new SortedSet<int>(findings.Select(diagnostic => diagnostic.Start.Line)));
        // The descriptor's fix facts hold on the findings: availability says which carry a fix, and a fix is what
        // the descriptor says or, when its context is unclear, demoted to unsafe (or, when it points both ways, to a
        // suggestion): never promoted.
        var descriptor = RuleCatalog.FindDescriptor(id)!;
        foreach (var finding in findings)
        {
            if (descriptor.FixAvailability == FixAvailability.None)
            {
                Assert.Null(finding.Fix);
            }
            else if (descriptor.FixAvailability == FixAvailability.Always)
            {
                Assert.NotNull(finding.Fix);
            }
            if (finding.Fix is { } fix)
            {
                // Demoted, never promoted: safe > unsafe > suggestion (NC304's unknown words are suggestions, its
                // curated classes safe).
                Assert.True(Strength(fix.Applicability) <= Strength(descriptor.Fix!.Value), $"{id}: a {fix.Applicability} fix from a rule whose strongest is {descriptor.Fix}");
            }
        }
        Assert.True(text.Split('\n').Length > expected.Count, $"{id}: the fixture needs lines where the rule does not fire");
    }

    private static int Strength(FixApplicability applicability) => applicability switch
    {
        FixApplicability.Safe => 2,
        FixApplicability.Unsafe => 1,
        _ => 0,
    };
}
