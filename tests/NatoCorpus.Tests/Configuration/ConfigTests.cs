using NatoCorpus.Commands;
using NatoCorpus.Configuration;
using NatoCorpus.Knowledge;
using NatoCorpus.Pipeline;
using NatoCorpus.Rules;
using NatoCorpus.Tests.Rules;

namespace NatoCorpus.Tests.Configuration;

/// <summary>natocorpus.yaml: defaults, overrides, data extension, and errors that point to the mistake.</summary>
public sealed class ConfigTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "natocorpus-config-" + Guid.NewGuid().ToString("N"));

    public ConfigTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private LoadedConfig Load(string yaml)
    {
        File.WriteAllText(Path.Combine(_root, "natocorpus.yaml"), yaml);
        return LoadedConfig.Load(_root);
    }

    private DataFileException Fails(string yaml) => Assert.Throws<DataFileException>(() => Load(yaml));

    [Fact]
    public void The_init_template_loads_as_the_defaults()
    {
        var config = Load(InitCommand.DefaultConfig);
        Assert.Equal(Path.Combine(_root, "raw"), config.Layout.RawDirectory);
        Assert.Equal(NoBreakSpaceChoice.NoBreak, config.Options.NoBreakSpace);
        Assert.Empty(config.Options.Rules);
        Assert.Same(CorpusKnowledge.Default, config.Options.Knowledge);
    }

    [Theory]
    [InlineData("raw: raw\nnormalised: out\n", 2, 1, "normalised")]
    [InlineData("rules:\n  NC201: loud\n", 2, 10, "not one of off")]
    [InlineData("rules:\n  NC999: off\n", 2, 10, "unknown rule or tag 'NC999'")]
    [InlineData("no_break_space: thin\n", 1, 17, "not one of nbsp, narrow, source")]
    [InlineData("data:\n  - missing.yaml\n", 2, 5, "not found")]
    [InlineData("raw: [a\n", 1, 6, "")]
    public void A_mistake_is_reported_with_file_line_and_column(string yaml, int line, int column, string problem)
    {
        var error = Fails(yaml);
        Assert.Equal("natocorpus.yaml", error.Path);
        Assert.Equal((line, column), ((int)error.Line, (int)error.Column));
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_can_be_turned_off_or_given_another_severity_by_id_or_name()
    {
        var options = Load("rules:\n  NC201: off\n  doubtful-grammar: error\n").Options;
        var result = RuleTestHelper.Run("L'OTAN a également avoir proposé un sommet.", options);
        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.Rule.Id == "NC201");
        Assert.Equal(Severity.Error, Assert.Single(result.Diagnostics, diagnostic => diagnostic.Rule.Id == "NC302").Severity);
        Assert.Equal(1, result.UnresolvedErrors);
    }

    [Fact]
    public void A_tag_configures_its_group_and_a_rule_line_wins_over_its_tag()
    {
        var config = Load("rules:\n  french: off\n  NC204: error\n  recognition: info\n");
        Assert.False(config.Options.IsEnabled(RuleCatalog.Find("NC202")!.Descriptor));
        Assert.True(config.Options.IsEnabled(RuleCatalog.Find("NC204")!.Descriptor));
        Assert.Equal(Severity.Error, config.Options.SeverityOf(RuleCatalog.Find("NC204")!.Descriptor));
        Assert.Equal(Severity.Info, config.Options.SeverityOf(RuleCatalog.Find("NC112")!.Descriptor));
        Assert.True(config.Options.IsEnabled(RuleCatalog.Find("NC201")!.Descriptor));
        Assert.Contains("unknown rule or tag 'nonsense'", Fails("rules:\n  nonsense: off\n").Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corpus_data_file_extends_the_shipped_typo_list()
    {
        File.WriteAllText(Path.Combine(_root, "typos.yaml"), "substitutions:\n  - match: Afganistan\n    replace: Afghanistan\n");
        var options = Load("data:\n  - typos.yaml\n").Options;
        Assert.Equal("Retour en Afghanistan.\n", RuleTestHelper.Normalized("Retour en Afganistan.", options));
        // The shipped list still applies.
        Assert.Equal("Pas question de partir.\n", RuleTestHelper.Normalized("Pas questions de partir.", options));
    }

    [Fact]
    public void Ignore_globs_leave_raw_files_out()
    {
        Directory.CreateDirectory(Path.Combine(_root, "raw", "drafts"));
        File.WriteAllText(Path.Combine(_root, "raw", "a.txt"), "x");
        File.WriteAllText(Path.Combine(_root, "raw", "drafts", "b.txt"), "x");
        var config = Load("ignore:\n  - raw/drafts/**\n");
        var environment = new CommandEnvironment(_root, config.Layout, config.Options, TextWriter.Null, TextWriter.Null) { Ignore = config.Ignore };
        Assert.Equal([Path.Combine(_root, "raw", "a.txt")], environment.DiscoverRaw([]));
    }
}
