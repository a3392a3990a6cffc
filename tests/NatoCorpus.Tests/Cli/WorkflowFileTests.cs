using System.Text.RegularExpressions;
using NatoCorpus.Corpus;
using YamlDotNet.RepresentationModel;

namespace NatoCorpus.Tests.Cli;

/// <summary>
/// The shipped GitHub workflow, the composite action and the pre-commit hooks stay valid YAML and run the commands
/// the tool has (actionlint checks the workflows and the action further: Tools/ActionlintTests).
/// </summary>
public sealed class WorkflowFileTests
{
    [Fact]
    public void Corpus_workflow_runs_one_check_writing_annotations_and_sarif_and_uploads_it_even_when_the_check_fails()
    {
        var root = Load(Path.Combine(".github", "workflows", "corpus.yml"));
        var permissions = (YamlMappingNode)root["permissions"];
        Assert.Equal("read", Scalar(permissions, "contents"));
        Assert.Equal("read", Scalar(permissions, "actions"));
        Assert.Equal("write", Scalar(permissions, "security-events"));
        var steps = ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)root["jobs"])["check"])["steps"]).Children.Cast<YamlMappingNode>().ToArray();
        var runs = steps.Where(step => step.Children.ContainsKey("run")).Select(step => Scalar(step, "run")).ToArray();
        // One natocorpus check, writing both formats (the repeated --format/--output pairs), the changed texts on a pull request.
        var check = Assert.Single(runs, run => run.Contains("natocorpus \"${args[@]}\"", StringComparison.Ordinal));
        Assert.Contains("args=(check --format github --format sarif --output \"$SARIF\")", check, StringComparison.Ordinal);
        Assert.Contains("--changed-since \"origin/$BASE_REF\"", check, StringComparison.Ordinal);
        Assert.Contains("--shard", check, StringComparison.Ordinal);
        Assert.Contains("exit \"$status\"", check, StringComparison.Ordinal);
        // No crash is hidden: nothing swallows an exit code.
        Assert.All(runs, run => Assert.DoesNotContain("|| true", run, StringComparison.Ordinal));

        var upload = Assert.Single(steps, IsSarifUpload);
        var condition = Scalar(upload, "if");
        Assert.StartsWith("always()", condition, StringComparison.Ordinal);
        Assert.Contains("github.event.pull_request.head.repo.full_name == github.repository", condition, StringComparison.Ordinal);
        var with = (YamlMappingNode)upload["with"];
        Assert.Equal("${{ steps.check.outputs.sarif }}", Scalar(with, "sarif_file"));
        // Each shard uploads under its own category.
        Assert.Contains("strategy.job-index", Scalar(with, "category"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_action_installs_the_tool_runs_one_check_and_uploads_its_sarif_even_when_the_check_fails()
    {
        var action = Load("action.yml");
        var runs = (YamlMappingNode)action["runs"];
        Assert.Equal("composite", Scalar(runs, "using"));
        var inputs = (YamlMappingNode)action["inputs"];
        foreach (var input in new[] { "version", "args", "upload-sarif", "category" })
        {
            Assert.True(inputs.Children.ContainsKey(input), $"no input {input}");
        }
        var steps = ((YamlSequenceNode)runs["steps"]).Children.Cast<YamlMappingNode>().ToArray();
        // A composite action's run steps must name their shell.
        Assert.All(steps.Where(step => step.Children.ContainsKey("run")), step => Assert.Equal("bash", Scalar(step, "shell")));
        var scripts = string.Join("\n", steps.Where(step => step.Children.ContainsKey("run")).Select(step => Scalar(step, "run")));
        Assert.Contains("dotnet tool install --global NatoCorpus.Tool", scripts, StringComparison.Ordinal);
        Assert.Contains("--format github --format sarif --output \"$SARIF\"", scripts, StringComparison.Ordinal);
        Assert.DoesNotContain("|| true", scripts, StringComparison.Ordinal);
        var upload = Assert.Single(steps, IsSarifUpload);
        Assert.StartsWith("always()", Scalar(upload, "if"), StringComparison.Ordinal);
        Assert.Contains("inputs.upload-sarif == 'true'", Scalar(upload, "if"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_pre_commit_hooks_run_commands_the_tool_has_on_the_files_they_name()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(TestCorpus.Root, ".pre-commit-hooks.yaml"))));
        var hooks = ((YamlSequenceNode)stream.Documents[0].RootNode).Children.Cast<YamlMappingNode>().ToDictionary(hook => Scalar(hook, "id"));
        Assert.Equal(["natocorpus-check", "natocorpus-lint"], hooks.Keys.Order(StringComparer.Ordinal));
        var corpus = TestCorpus.CopyToTemporary();
        try
        {
            foreach (var hook in hooks.Values)
            {
                Assert.Equal("system", Scalar(hook, "language"));
                var entry = Scalar(hook, "entry").Split(' ');
                Assert.Equal("natocorpus", entry[0]);
                var files = new Regex(Scalar(hook, "files"), RegexOptions.CultureInvariant);
                Assert.Matches(files, "raw/000_x.txt");
                Assert.Matches(files, "normalized/000_x.md");
                Assert.DoesNotMatch(files, "README.md");
                // The hook's command as pre-commit runs it (file names after the entry unless pass_filenames is false).
                var passFiles = !hook.Children.ContainsKey("pass_filenames") || Scalar(hook, "pass_filenames") != "false";
                var raw = Directory.GetFiles(Path.Combine(corpus, "raw"), "*.txt").Select(path => "raw/" + Path.GetFileName(path));
                string[] args = [.. entry[1..], .. passFiles ? raw : []];
                var (stdout, stderr) = (new StringWriter(), new StringWriter());
                var exit = NatoCorpus.Cli.CliApp.Run(args, stdout, stderr, corpus);
                Assert.True(exit == 0, $"{Scalar(hook, "id")}: exit {exit}\n{stdout}\n{stderr}");
            }
        }
        finally
        {
            Directory.Delete(corpus, recursive: true);
        }
    }

    private static YamlMappingNode Load(string relativePath)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(TestCorpus.Root, relativePath))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;

    private static bool IsSarifUpload(YamlMappingNode step) =>
        step.Children.ContainsKey("uses") && Scalar(step, "uses").StartsWith("github/codeql-action/upload-sarif@", StringComparison.Ordinal);

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
