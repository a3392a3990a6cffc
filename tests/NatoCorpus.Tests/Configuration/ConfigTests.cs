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

    [Theory]
    [InlineData("raw: raw\nnormalized: a\nraw: b\n", 3, 1, "duplicate key raw: given twice in one mapping (first on line 1)")]
    [InlineData("rules:\n  NC201: off\n  NC204: info\n  NC201: error\n", 4, 3, "duplicate key NC201: given twice in one mapping (first on line 2)")]
    [InlineData("normalised: out\n", 1, 1, "unknown key 'normalised' (did you mean 'normalized'?)")]
    [InlineData("no_break_spaces: nbsp\n", 1, 1, "unknown key 'no_break_spaces' (did you mean 'no_break_space'?)")]
    [InlineData("rules:\n  straigth-apostrophe: off\n", 2, 24, "unknown rule or tag 'straigth-apostrophe' (did you mean 'straight-apostrophe'?)")]
    [InlineData("rules:\n  NC901: off\n", 2, 10, "NC901 lost-words is a guard on the tool itself")]
    [InlineData("rules:\n  NC107: off\n", 2, 10, "NC107 cannot be turned off")]
    [InlineData("ignore:\n  - raw/{a,b}.txt\n", 2, 5, ".gitignore patterns have no {a,b} alternatives")]
    public void Duplicate_keys_unknown_keys_and_rules_are_errors_with_their_place_and_a_suggestion(string yaml, int line, int column, string problem)
    {
        var error = Fails(yaml);
        Assert.Equal((line, column), ((int)error.Line, (int)error.Column));
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_given_twice_in_a_sidecar_points_at_the_second_and_an_unknown_one_gets_a_suggestion()
    {
        var twice = Assert.Throws<DataFileException>(() => SidecarReader.Read("raw/a.meta.yaml", "suppressions:\n  - rule: NC201\n    line: 3\n    line: 4\n"u8.ToArray()));
        Assert.Equal((4, 5), ((int)twice.Line, (int)twice.Column));
        var typo = Assert.Throws<DataFileException>(() => SidecarReader.Read("raw/a.meta.yaml", "suppressions:\n  - rule: NC201\n    reasn: x\n"u8.ToArray()));
        Assert.Equal((3, 5, "unknown key 'reasn' (did you mean 'reason'?)"), ((int)typo.Line, (int)typo.Column, typo.Problem));
    }

    public static IEnumerable<object[]> Listed => RuleCatalog.Descriptors.SelectMany(rule => new[] { new object[] { rule.Id }, [rule.Name] });

    [Theory]
    [MemberData(nameof(Listed))]
    public void Every_listed_rule_takes_a_severity_by_id_and_name_and_all_but_two_can_be_turned_off(string key)
    {
        var rule = RuleCatalog.FindDescriptor(key)!;
        if (rule.Id == "NC901")
        {
            Assert.Contains("cannot be configured", Fails($"rules:\n  {key}: info\n").Problem, StringComparison.Ordinal);
            return;
        }
        Assert.Equal(Severity.Info, Load($"rules:\n  {key}: info\n").Options.SeverityOf(rule));
        if (rule.Id == "NC107")
        {
            Fails($"rules:\n  {key}: off\n");
            return;
        }
        Assert.False(Load($"rules:\n  {key}: off\n").Options.IsEnabled(rule));
    }

    [Fact]
    public void A_tag_passes_over_what_a_rule_keeps_for_itself()
    {
        var options = Load("rules:\n  structure: off\n").Options;
        Assert.False(options.IsEnabled(RuleCatalog.FindDescriptor("NC108")!));
        Assert.True(options.IsEnabled(RuleCatalog.FindDescriptor("NC107")!));
    }

    private IReadOnlyList<string> Kept(string yaml, params string[] files)
    {
        foreach (var file in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_root, file))!);
            File.WriteAllText(Path.Combine(_root, file), "x");
        }
        var config = Load(yaml);
        var environment = new CommandEnvironment(_root, config.Layout, config.Options, TextWriter.Null, TextWriter.Null) { Ignore = config.Ignore };
        return environment.DiscoverRaw([]).Select(path => Path.GetRelativePath(_root, path).Replace('\\', '/')).ToArray();
    }

    [Fact]
    public void Ignore_has_gitignore_semantics_ranges_included()
    {
        // With file-system globs, [0-3] matched nothing and every file was linted.
        Assert.Equal(["raw/4.txt", "raw/5.txt"], Kept("ignore:\n  - raw/[0-3].txt\n", "raw/0.txt", "raw/2.txt", "raw/3.txt", "raw/4.txt", "raw/5.txt"));
        // No slash: at any depth; a folder: everything in it; `!` takes a file back.
        Assert.Equal(["raw/4.txt", "raw/5.txt", "raw/keep.txt"],
            Kept("ignore:\n  - '*.html'\n  - raw/drafts/\n  - raw/[0-3].txt\n  - '!raw/keep.txt'\n  - raw/keep*\n  - '!raw/keep.txt'\n",
                "raw/a/b.html", "raw/drafts/x.txt", "raw/keep.txt"));
    }

    [Fact]
    public void Ignore_honours_the_corpus_gitignore_and_the_configuration_can_take_a_file_back()
    {
        File.WriteAllText(Path.Combine(_root, ".gitignore"), "# scratch\nraw/scratch/\nraw/*.tmp.txt\n");
        Assert.Equal(["raw/a.txt"], Kept("raw: raw\n", "raw/a.txt", "raw/scratch/b.txt", "raw/c.tmp.txt"));
        Assert.Equal(["raw/a.txt", "raw/c.tmp.txt"], Kept("ignore:\n  - '!raw/c.tmp.txt'\n"));
        Assert.Equal(Path.Combine(_root, ".gitignore"), LoadedConfig.Load(_root).GitIgnorePath);
    }

    [Fact]
    public void Words_in_the_configuration_are_a_corpus_wide_accept_list_for_the_spelling_rule()
    {
        var text = "Un titre\n\nLe ministre a parlé de la polotique de Kabulistan devant les alliés réunis à Bruxelles.\n";
        string[] Unknown(EngineOptions options) => TestCorpus.ProcessText(text, sidecar: "date: 2024-01-01\n", options: options).Diagnostics
            .Where(diagnostic => diagnostic.Rule.Id == "NC304").Select(diagnostic => text.Substring(diagnostic.Span.Start, diagnostic.Span.Length)).ToArray();
        Assert.Contains("polotique", Unknown(new EngineOptions()));
        Assert.DoesNotContain("polotique", Unknown(Load("words:\n  - polotique\n").Options));
        Assert.Contains("is not one word", Fails("words:\n  - deux mots\n").Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_data_files_give_no_key_twice()
    {
        // They are read without the check at start-up; here it runs on each of them once.
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestCorpus.Root, "src", "NatoCorpus", "Data"), "*.yaml"))
        {
            StrictYaml.CheckDuplicateKeys(File.ReadAllText(file), Path.GetFileName(file));
        }
        Assert.Throws<DataFileException>(() => StrictYaml.CheckDuplicateKeys("a: 1\nb:\n  c: 2\n  c: 3\n", "x.yaml"));
    }
}
