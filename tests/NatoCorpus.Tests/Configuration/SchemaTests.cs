using NatoCorpus.Commands;
using NatoCorpus.Configuration;
using NatoCorpus.Knowledge;
using NatoCorpus.Model;
using NatoCorpus.Output;
using NJsonSchema;

namespace NatoCorpus.Tests.Configuration;

/// <summary>
/// Issue 13, item 10: the JSON Schemas of natocorpus.yaml and of a sidecar are the tool's own, generated from the
/// types it reads them into; the committed files are what it generates, and what the tool ships validates.
/// </summary>
public sealed class SchemaTests
{
    private static string Committed(string name) => File.ReadAllText(Path.Combine(TestCorpus.Root, ConfigSchemas.Folder, name));

    private static ICollection<NJsonSchema.Validation.ValidationError> Validate(string schema, string yaml) =>
        JsonSchema.FromJsonAsync(schema).GetAwaiter().GetResult().Validate(FrontMatterReader.ToJson(yaml)?.ToJsonString() ?? "{}");

    [Fact]
    public void The_committed_schemas_are_what_the_tool_generates()
    {
        // Regenerate with `natocorpus config --schema config > schema/natocorpus.schema.json` (and `--schema sidecar`).
        Assert.Equal(ConfigSchemas.Config(), Committed(ConfigSchemas.ConfigFileName));
        Assert.Equal(ConfigSchemas.Sidecar(), Committed(ConfigSchemas.SidecarFileName));
    }

    [Fact]
    public async Task The_schemas_name_every_key_the_reader_takes()
    {
        var config = await JsonSchema.FromJsonAsync(ConfigSchemas.Config());
        Assert.Equal(StrictYaml.KeysOf(typeof(ConfigFile)).Order(StringComparer.Ordinal), config.Properties.Keys.Order(StringComparer.Ordinal));
        var sidecar = await JsonSchema.FromJsonAsync(ConfigSchemas.Sidecar());
        Assert.Equal(StrictYaml.KeysOf(typeof(SidecarFields)).Order(StringComparer.Ordinal), sidecar.Properties.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_shipped_configuration_and_sidecars_validate()
    {
        Assert.Empty(Validate(ConfigSchemas.Config(), InitCommand.DefaultConfig));
        Assert.Empty(Validate(ConfigSchemas.Config(), File.ReadAllText(Path.Combine(TestCorpus.Root, "natocorpus.yaml"))));
        Assert.Empty(Validate(ConfigSchemas.Config(), "rules:\n  french: off\n  NC204: error\n  doubtful-grammar: info\n  NC108: off\nignore:\n  - raw/[0-3]*.txt\n"));
        foreach (var sidecar in Directory.EnumerateFiles(Path.Combine(TestCorpus.Root, "raw"), "*.meta.yaml"))
        {
            Assert.Empty(Validate(ConfigSchemas.Sidecar(), File.ReadAllText(sidecar)));
        }
        var example = "title: Pas question\ndate: 2020-11-30\nsource_url: https://www.nato.int/x\nretrieved: 2025-01-15T09:30:00+01:00\nnote: x\n"
            + "suppressions:\n  - rule: NC302\n    line: 19\n    column: 4\n    match: restez\n    entry: auxiliary-before-infinitive\n    reason: quoted as spoken\n";
        Assert.Empty(Validate(ConfigSchemas.Sidecar(), example));
    }

    [Theory]
    [InlineData("normalised: out\n")]
    [InlineData("rules:\n  NC201: loud\n")]
    [InlineData("rules:\n  NC999: off\n")]
    [InlineData("rules:\n  NC901: off\n")]
    [InlineData("no_break_space: thin\n")]
    public void The_configuration_schema_is_as_strict_as_the_reader(string yaml)
    {
        Assert.NotEmpty(Validate(ConfigSchemas.Config(), yaml));
    }

    [Theory]
    [InlineData("titel: x\n")]
    [InlineData("date: 30/11/2020\n")]
    [InlineData("suppressions:\n  - line: 3\n    reason: x\n")]
    [InlineData("suppressions:\n  - rule: NC201\n    reasn: x\n")]
    public void The_sidecar_schema_is_as_strict_as_the_reader(string yaml)
    {
        Assert.NotEmpty(Validate(ConfigSchemas.Sidecar(), yaml));
    }
}
