using System.Text.Json;
using NatoCorpus.Configuration;

namespace NatoCorpus.Tests.Cli;

/// <summary>Issue 13, item 10 on the command line: `config` and `init`, through the CLI's own parser.</summary>
public sealed class ConfigCommandTests : IDisposable
{
    private readonly string _root = TestCorpus.CopyToTemporary();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static (int Exit, string Output, string Error) Natocorpus(string workingDirectory, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = NatoCorpus.Cli.CliApp.Run(args, output, error, workingDirectory);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Config_prints_the_configuration_in_force_merged_with_the_defaults_and_the_root_found()
    {
        File.WriteAllText(Path.Combine(_root, "natocorpus.yaml"), "rules:\n  NC204: error\n  french: off\nignore:\n  - raw/drafts/\n");
        File.WriteAllText(Path.Combine(_root, ".gitignore"), "raw/*.tmp.txt\n");
        var sub = Directory.CreateDirectory(Path.Combine(_root, "raw", "deep")).FullName;
        var (exit, output, error) = Natocorpus(sub, "config");
        Assert.True(exit == 0, error);
        Assert.StartsWith($"# corpus root: {_root} (found by its natocorpus.yaml)\n# configuration: natocorpus.yaml, merged with the defaults\n"
            + "# also ignored: the lines of .gitignore\nraw: raw\nnormalized: normalized\nignore:\n  - raw/drafts/\nno_break_space: nbsp\n", output, StringComparison.Ordinal);
        Assert.Contains("\n  NC204: error   # space-before-punctuation, set here\n", output, StringComparison.Ordinal);
        Assert.Contains("\n  NC202: off     # guillemet-spacing, set here\n", output, StringComparison.Ordinal);
        Assert.Contains("\n  NC201: warning # straight-apostrophe\n", output, StringComparison.Ordinal);
        Assert.Contains("\n  NC107: warning # suppression-without-reason\n", output, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(Natocorpus(sub, "config", "--format", "json").Output);
        Assert.Equal(_root, json.RootElement.GetProperty("root").GetString());
        Assert.Equal("natocorpus.yaml", json.RootElement.GetProperty("config_file").GetString());
        Assert.Equal("error", json.RootElement.GetProperty("config").GetProperty("rules").GetProperty("NC204").GetString());
        Assert.Equal(5242880, json.RootElement.GetProperty("config").GetProperty("max_file_size").GetInt64());
        Assert.Equal(["raw/*.tmp.txt", "raw/drafts/"], json.RootElement.GetProperty("ignored").EnumerateArray().Select(item => item.GetString()));
    }

    [Fact]
    public void Config_outside_a_corpus_says_no_root_was_found_and_a_mistake_is_shown_with_its_place()
    {
        var elsewhere = Directory.CreateTempSubdirectory("natocorpus-noconfig-").FullName;
        try
        {
            var (exit, output, _) = Natocorpus(elsewhere, "config");
            Assert.Equal(0, exit);
            Assert.StartsWith("# corpus root: none found", output, StringComparison.Ordinal);
            Assert.Contains("# configuration: none, the defaults", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
        File.WriteAllText(Path.Combine(_root, "natocorpus.yaml"), "rules:\n  NC201: off\n  NC201: error\n");
        var broken = Natocorpus(_root, "config");
        Assert.Equal(2, broken.Exit);
        Assert.Equal("natocorpus.yaml:3:3: error: duplicate key NC201: given twice in one mapping (first on line 2); which value is meant?\n", broken.Error);
        Assert.Equal(2, Natocorpus(_root, "config", "--format", "xml").Exit);
    }

    [Fact]
    public void Config_prints_the_schemas_as_committed()
    {
        Assert.Equal(File.ReadAllText(Path.Combine(TestCorpus.Root, "schema", "natocorpus.schema.json")), Natocorpus(_root, "config", "--schema", "config").Output);
        Assert.Equal(File.ReadAllText(Path.Combine(TestCorpus.Root, "schema", "sidecar.schema.json")), Natocorpus(_root, "config", "--schema", "sidecar").Output);
    }

    [Fact]
    public void Init_writes_the_schema_line_and_says_what_to_do_next()
    {
        var fresh = Directory.CreateTempSubdirectory("natocorpus-init-").FullName;
        try
        {
            var (exit, output, error) = Natocorpus(fresh, "init");
            Assert.Equal(0, exit);
            Assert.Equal("", error);
            Assert.StartsWith("wrote natocorpus.yaml\nnext: put the raw texts in raw/", output, StringComparison.Ordinal);
            Assert.Contains("natocorpus lint", output, StringComparison.Ordinal);
            var first = File.ReadLines(Path.Combine(fresh, "natocorpus.yaml")).First();
            Assert.Equal("# yaml-language-server: $schema=https://raw.githubusercontent.com/natocorpus/natocorpus/main/schema/natocorpus.schema.json", first);
        }
        finally
        {
            Directory.Delete(fresh, recursive: true);
        }
    }

    [Fact]
    public void Init_inside_an_existing_corpus_warns_and_says_what_to_do()
    {
        var inner = Directory.CreateDirectory(Path.Combine(_root, "raw", "batch2")).FullName;
        var (exit, output, error) = Natocorpus(inner, "init");
        Assert.Equal(0, exit);
        Assert.StartsWith("natocorpus: warning: this folder is inside the corpus of ../../natocorpus.yaml;", error, StringComparison.Ordinal);
        Assert.Contains("remove the file and run natocorpus from the corpus above", error, StringComparison.Ordinal);
        Assert.StartsWith("wrote natocorpus.yaml", output, StringComparison.Ordinal);
        // At the corpus root itself there is nothing to warn about (only that the file exists).
        Assert.DoesNotContain("inside the corpus", Natocorpus(_root, "init", "--force").Error, StringComparison.Ordinal);
    }
}
