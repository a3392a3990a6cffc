using System.Text.RegularExpressions;
using NatoCorpus.Rules;

namespace NatoCorpus.Tests.Rules;

/// <summary>Every rule has docs/rules/ID.md, and the example there triggers the rule and normalizes as shown.</summary>
public sealed partial class RuleDocumentationTests
{
    public static IEnumerable<object[]> RuleIds => RuleCatalog.All.Select(rule => new object[] { rule.Descriptor.Id });

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Doc_exists_names_the_rule_and_its_example_triggers_it(string id)
    {
        var rule = RuleCatalog.Find(id)!.Descriptor;
        var path = Path.Combine(TestCorpus.Root, "docs", "rules", id + ".md");
        Assert.True(File.Exists(path), $"{id} has no doc page at docs/rules/{id}.md");
        var doc = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.StartsWith($"# {rule.Id} {rule.Name}\n", doc, StringComparison.Ordinal);
        Assert.Contains($"- Severity: {rule.DefaultSeverity.ToString().ToLowerInvariant()}", doc, StringComparison.Ordinal);
        Assert.Equal(doc, RuleCatalog.Documentation(rule));

        var example = Example().Match(doc);
        Assert.True(example.Success, $"{id}: no example");
        var text = example.Groups["body"].Value;
        // Raw examples may spell invisible bytes as escapes: \uFEFF and \r.
        var result = example.Groups["kind"].Value == "raw"
            ? TestCorpus.ProcessText(text.Replace("\\uFEFF", "\uFEFF", StringComparison.Ordinal).Replace("\\r", "\r", StringComparison.Ordinal))
            : RuleTestHelper.Run(text);
        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Rule.Id == id);

        var normalized = Normalized().Match(doc);
        if (normalized.Success)
        {
            Assert.Equal(normalized.Groups["body"].Value, RuleTestHelper.Normalized(text));
        }
    }

    [GeneratedRegex(@"## Example\n(?:.*\n)*?```(?<kind>text|raw)\n(?<body>(?:.*\n)*?)```", RegexOptions.CultureInvariant)]
    private static partial Regex Example();

    [GeneratedRegex(@"Normalized:\n\n```text\n(?<body>(?:.*\n)*?)```", RegexOptions.CultureInvariant)]
    private static partial Regex Normalized();
}
