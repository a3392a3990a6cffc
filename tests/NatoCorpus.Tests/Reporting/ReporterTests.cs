using NatoCorpus.Reporting;
using NJsonSchema;
using Snapshooter;
using Snapshooter.Xunit;

namespace NatoCorpus.Tests.Reporting;

/// <summary>Every output format on the seed corpus, as reviewed snapshots; SARIF against the official schema.</summary>
public sealed class ReporterTests
{
    private static LintReport SeedReport() =>
        new(TestCorpus.RawFiles.Select(path => TestCorpus.ProcessSeed(NatoCorpus.Corpus.RawFiles.IdOf(path)))
            .Select(result => new FileReport(result.RelativePath, result.Source, result.Diagnostics, result.Error)).ToArray());

    private static string Render(string format)
    {
        var output = new StringWriter { NewLine = "\n" };
        Reporters.For(format, color: false).Write(output, SeedReport());
        // The version changes with every release; the snapshot is about the shape.
        return output.ToString().Replace(ToolInfo.Version, "VERSION", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("github")]
    public void Format_output_on_the_seeds_matches_the_reviewed_snapshot(string format) =>
        Snapshot.Match(Render(format).Split('\n'), SnapshotNameExtension.Create(format));

    [Fact]
    public async Task Sarif_output_validates_against_the_sarif_2_1_0_schema()
    {
        // The schema file is Microsoft's (npm @microsoft/sarif-multitool-linux 5.7.0, MIT), committed as a fixture.
        var schema = await JsonSchema.FromFileAsync(Path.Combine(TestCorpus.Root, "tests", "NatoCorpus.Tests", "Reporting", "sarif-schema-2.1.0.json"));
        var errors = schema.Validate(Render("sarif"));
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(error => $"{error.Path}: {error.Kind}")));
    }

    [Fact]
    public async Task Sarif_validation_would_catch_a_broken_log()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(TestCorpus.Root, "tests", "NatoCorpus.Tests", "Reporting", "sarif-schema-2.1.0.json"));
        Assert.NotEmpty(schema.Validate(Render("sarif").Replace("\"startLine\": 3", "\"startLine\": -3", StringComparison.Ordinal)));
    }

    [Fact]
    public void Text_output_has_no_colour_when_asked_for_none_and_colour_otherwise()
    {
        Assert.DoesNotContain('\u001b', Render("text"));
        var output = new StringWriter();
        Reporters.For("text", color: true).Write(output, SeedReport());
        Assert.Contains("\u001b[", output.ToString(), StringComparison.Ordinal);
    }
}
