using System.Text.Json;
using Xunit.Abstractions;

namespace NatoCorpus.Tests.Tools;

/// <summary>
/// SARIF that code scanning accepts: Microsoft's SARIF multitool validates the logs of `check` on the repository's
/// corpus and of `lint` on the raw texts and the hostile fixture (every kind of finding, fix, move and unreadable
/// input) with the SARIF rules and GitHub's ingestion rules (`--rule-kind "Gh;Sarif"`), as GitHub's docs advise.
/// The schema test (ReporterTests) checks shape; this checks what GitHub requires beyond it (rule help and
/// descriptions, region rules, fix structure).
/// </summary>
public sealed class SarifMultitoolTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("natocorpus-sarif-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static IEnumerable<object[]> Runs =>
    [
        ["check", new[] { "check", "--format", "sarif", "--no-cache" }],
        ["lint-raw", new[] { "lint", "--format", "sarif" }],
        ["lint-hostile", new[] { "lint", "--format", "sarif", "tests/NatoCorpus.Tests/Fixtures/hostile" }],
    ];

    [Theory]
    [MemberData(nameof(Runs))]
    public void The_log_passes_the_multitool_with_githubs_rules(string name, string[] args)
    {
        if (!ExternalTools.Present(ExternalTools.SarifMultitool, output))
        {
            return;
        }
        var log = Path.Combine(_folder, name + ".sarif");
        File.WriteAllText(log, Natocorpus(args));
        var problems = Validate(log);
        Assert.True(problems.Count == 0, $"{name}: the multitool found:\n{string.Join("\n", problems)}");
    }

    [Fact]
    public void The_multitool_would_catch_a_rule_without_help()
    {
        if (!ExternalTools.Present(ExternalTools.SarifMultitool, output))
        {
            return;
        }
        using var document = JsonDocument.Parse(Natocorpus(["check", "--format", "sarif", "--no-cache"]));
        var node = System.Text.Json.Nodes.JsonNode.Parse(document.RootElement.GetRawText())!;
        node["runs"]![0]!["tool"]!["driver"]!["rules"]![0]!.AsObject().Remove("help");
        var log = Path.Combine(_folder, "broken.sarif");
        File.WriteAllText(log, node.ToJsonString());
        Assert.Contains(Validate(log), problem => problem.StartsWith("GH", StringComparison.Ordinal));
    }

    private static string Natocorpus(string[] args)
    {
        var (stdout, stderr) = (new StringWriter { NewLine = "\n" }, new StringWriter());
        var exit = NatoCorpus.Cli.CliApp.Run(args, stdout, stderr, TestCorpus.Root);
        Assert.True(exit is 0 or 1 or 2, stderr.ToString());
        return stdout.ToString();
    }

    /// <summary>
    /// The multitool's errors and warnings on <paramref name="log"/>, read from the SARIF log it writes (its exit
    /// code is 0 whatever it finds). Its notes are advice (message ids instead of text, snippets) and are left out;
    /// so is SARIF2006, which fetches every URI over the network.
    /// </summary>
    private List<string> Validate(string log)
    {
        var result = Path.Combine(_folder, Path.GetFileNameWithoutExtension(log) + ".validation.sarif");
        var (exit, text) = ExternalTools.Run(ExternalTools.SarifMultitool, _folder, "validate", "--rule-kind", "Gh;Sarif", "--output", result, log);
        Assert.True(exit == 0 && File.Exists(result), $"the multitool failed (exit {exit}):\n{text}");
        using var validation = JsonDocument.Parse(File.ReadAllText(result));
        var run = validation.RootElement.GetProperty("runs")[0];
        Assert.True(run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean(), text);
        return run.TryGetProperty("results", out var results)
            ? results.EnumerateArray()
                .Where(problem => problem.TryGetProperty("level", out var level) ? level.GetString() is "error" or "warning" : true)
                .Select(problem => $"{problem.GetProperty("ruleId").GetString()}: {Message(problem.GetProperty("message"))}")
                .Where(problem => !problem.StartsWith("SARIF2006", StringComparison.Ordinal))
                .ToList()
            : [];
    }

    /// <summary>The multitool writes its messages as an id and arguments, not as text.</summary>
    private static string Message(JsonElement message) =>
        message.TryGetProperty("text", out var text)
            ? text.GetString()!
            : $"{message.GetProperty("id").GetString()} ({string.Join(", ", message.GetProperty("arguments").EnumerateArray().Select(a => a.GetString()))})";
}
