using NatoCorpus.Rules;

namespace NatoCorpus.Tests.Rules;

/// <summary>
/// A rule's facts are written once, in its descriptor: its doc page and the README's table are tested against it
/// (as markdownlint tests its README against its rules), and every listed rule is configurable or says why not.
/// </summary>
public sealed class CatalogConsistencyTests
{
    public static IEnumerable<object[]> Ids => RuleCatalog.Descriptors.Select(rule => new object[] { rule.Id });

    /// <summary>What a rule can do: none, sometimes, always.</summary>
    private static string Availability(RuleDescriptor rule) => rule.FixAvailability.ToString().ToLowerInvariant();

    /// <summary>What one of its fixes is: safe, suggestion, unsafe; null for a rule without fixes.</summary>
    private static string? Applicability(RuleDescriptor rule) => rule.Fix?.ToString().ToLowerInvariant();

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_doc_page_states_what_the_descriptor_says(string id)
    {
        var rule = RuleCatalog.FindDescriptor(id)!;
        var doc = File.ReadAllText(Path.Combine(TestCorpus.Root, "docs", "rules", id + ".md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.StartsWith($"# {rule.Id} {rule.Name}\n", doc, StringComparison.Ordinal);
        Assert.Contains($"\n- Severity: {rule.DefaultSeverity.ToString().ToLowerInvariant()}\n", doc, StringComparison.Ordinal);
        Assert.Contains($"\n- Category: {rule.Category.ToString().ToLowerInvariant()}\n", doc, StringComparison.Ordinal);
        // Two facts, two lines: whether a finding carries a fix, and what such a fix is. NC301's fix is safe or
        // unsafe depending on the context: its descriptor, and the line, start with the strongest.
        Assert.Matches($"\n- Fix: {Availability(rule)}( \\(.*\\))?\n", doc);
        if (Applicability(rule) is { } applicability)
        {
            Assert.Contains($"\n- Fix applicability: {applicability}", doc, StringComparison.Ordinal);
        }
        else
        {
            Assert.DoesNotContain("\n- Fix applicability:", doc, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_readme_table_lists_the_rule_as_its_descriptor_says(string id)
    {
        var rule = RuleCatalog.FindDescriptor(id)!;
        var readme = File.ReadAllText(Path.Combine(TestCorpus.Root, "README.md"));
        var row = readme.Split('\n').SingleOrDefault(line => line.StartsWith($"| {rule.Id} |", StringComparison.Ordinal));
        Assert.True(row is not null, $"README's rule table has no row for {rule.Id}");
        var cells = row!.Split('|', StringSplitOptions.TrimEntries);
        Assert.Equal(rule.Name, cells[2]);
        Assert.Equal(rule.DefaultSeverity.ToString().ToLowerInvariant(), cells[3]);
        Assert.Equal(Availability(rule), cells[4]);
        Assert.StartsWith(Applicability(rule) ?? "–", cells[5], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_listed_rule_is_configurable_or_its_doc_says_why_not(string id)
    {
        var doc = File.ReadAllText(Path.Combine(TestCorpus.Root, "docs", "rules", id + ".md"));
        var rule = RuleCatalog.FindDescriptor(id)!;
        using var corpus = new TempCorpus();
        var config = Path.Combine(corpus.Root, "natocorpus.yaml");
        var template = File.ReadAllText(config);
        NatoCorpus.Configuration.LoadedConfig Configure(string value)
        {
            File.WriteAllText(config, template.Replace("rules: {}", $"rules:\n  {id}: {value}", StringComparison.Ordinal));
            return NatoCorpus.Configuration.LoadedConfig.Load(corpus.Root);
        }
        if (NatoCorpus.Configuration.LoadedConfig.NotConfigurable(rule, new NatoCorpus.Pipeline.RuleSetting(true, Severity.Info)) is not null)
        {
            Assert.Contains("Not configurable", doc, StringComparison.Ordinal);
            Assert.Throws<NatoCorpus.Knowledge.DataFileException>(() => Configure("info"));
            return;
        }
        // The configuration example of a configurable rule is accepted by the loader.
        Assert.Contains($"rules:\n  {id}: ", doc.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(Severity.Info, Configure("info").Options.SeverityOf(rule));
        if (NatoCorpus.Configuration.LoadedConfig.NotConfigurable(rule, new NatoCorpus.Pipeline.RuleSetting(false, null)) is not null)
        {
            Assert.Contains("cannot be turned off", doc, StringComparison.Ordinal);
            return;
        }
        Assert.False(Configure("off").Options.IsEnabled(rule));
    }
}
