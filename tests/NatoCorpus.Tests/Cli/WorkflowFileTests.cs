using System.Text.RegularExpressions;
using NatoCorpus.Corpus;
using YamlDotNet.RepresentationModel;

namespace NatoCorpus.Tests.Cli;

/// <summary>The shipped GitHub workflow stays valid YAML and runs the commands the tool has.</summary>
public sealed class WorkflowFileTests
{
    [Fact]
    public void Corpus_workflow_parses_and_runs_check_with_annotations_and_sarif()
    {
        var text = File.ReadAllText(Path.Combine(TestCorpus.Root, ".github", "workflows", "corpus.yml"));
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var steps = (YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)root["jobs"])["check"])["steps"];
        var runs = steps.Children.Cast<YamlMappingNode>()
            .Where(step => step.Children.ContainsKey("run"))
            .Select(step => ((YamlScalarNode)step["run"]).Value!)
            .ToArray();
        Assert.Contains(runs, run => run.Contains("natocorpus check --changed-since", StringComparison.Ordinal) && run.Contains("--format github", StringComparison.Ordinal));
        Assert.Contains(runs, run => run.Contains("--format sarif", StringComparison.Ordinal));
        Assert.Contains(steps.Children.Cast<YamlMappingNode>(), step => step.Children.TryGetValue("uses", out var uses) && ((YamlScalarNode)uses).Value!.StartsWith("github/codeql-action/upload-sarif", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("raw/000_x.txt")]
    [InlineData("raw/sub/000_x.meta.yaml")]
    [InlineData("normalized/000_x.md")]
    [InlineData("natocorpus.yaml")]
    [InlineData("typos.yaml")]
    [InlineData("data/wording-extra.yml")]
    [InlineData(".config/dotnet-tools.json")]
    [InlineData(".github/workflows/corpus.yml")]
    public void The_pull_request_paths_filter_lets_through_everything_a_check_depends_on(string path)
    {
        Assert.True(PullRequestPaths().Any(pattern => GitHubGlob(pattern).IsMatch(path)), $"{path} is filtered out: a pull request changing only it would not be checked");
    }

    [Fact]
    public void The_paths_filter_covers_every_file_that_pins_the_tool_version()
    {
        var examples = GitChanges.ToolVersionPins.Select(pin => pin.EndsWith('/') ? pin + "corpus.yml" : pin);
        Assert.All(examples, path => Assert.Contains(PullRequestPaths(), pattern => GitHubGlob(pattern).IsMatch(path)));
    }

    private static IEnumerable<string> PullRequestPaths()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(TestCorpus.Root, ".github", "workflows", "corpus.yml"))));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var pullRequest = (YamlMappingNode)((YamlMappingNode)root["on"])["pull_request"];
        return ((YamlSequenceNode)pullRequest["paths"]).Children.Select(node => ((YamlScalarNode)node).Value!).ToArray();
    }

    /// <summary>GitHub's filter patterns: `**` crosses folders, `*` does not (docs: "Filter pattern cheat sheet").</summary>
    private static Regex GitHubGlob(string pattern)
    {
        var regex = Regex.Escape(pattern).Replace(@"\*\*/", "(?:.*/)?", StringComparison.Ordinal).Replace(@"\*\*", ".*", StringComparison.Ordinal).Replace(@"\*", "[^/]*", StringComparison.Ordinal);
        return new Regex("^" + regex + "$", RegexOptions.CultureInvariant);
    }
}
