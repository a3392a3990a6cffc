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
}
