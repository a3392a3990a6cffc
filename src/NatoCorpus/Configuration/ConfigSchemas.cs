using System.Text.Json;
using NatoCorpus.Model;
using NatoCorpus.Rules;
using NJsonSchema;
using NJsonSchema.Generation;

namespace NatoCorpus.Configuration;

/// <summary>
/// JSON Schemas of natocorpus.yaml and of a sidecar, generated from the types the tool reads them into (NJsonSchema),
/// so the schema an editor validates with (yaml-language-server) cannot drift from what the tool accepts. The
/// committed files in schema/ are these bytes (a test compares them); `natocorpus config --schema` prints them.
/// </summary>
public static class ConfigSchemas
{
    public const string Folder = "schema";

    public const string ConfigFileName = "natocorpus.schema.json";

    public const string SidecarFileName = "sidecar.schema.json";

    /// <summary>Where the configuration schema is published, for the `# yaml-language-server: $schema=` line `init` writes.</summary>
    public const string ConfigSchemaUrl = "https://raw.githubusercontent.com/natocorpus/natocorpus/main/schema/" + ConfigFileName;

    /// <summary>The schema of natocorpus.yaml: every key, its type, default and description, and the values `rules:` takes.</summary>
    public static string Config()
    {
        var schema = Generate<ConfigFile>("NatoCorpus configuration (natocorpus.yaml)", "Every key is optional. See README.md, \"Configuration\".");
        schema.Properties["no_break_space"].Enumeration.Clear();
        foreach (var value in new[] { "nbsp", "narrow", "source" })
        {
            schema.Properties["no_break_space"].Enumeration.Add(value);
        }
        // rules: ids, names and tags, each to a setting; an editor completes both. NC901 takes none (see its doc).
        var rules = schema.Properties["rules"];
        rules.AdditionalPropertiesSchema = null;
        rules.AllowAdditionalProperties = false;
        var setting = new JsonSchema { Type = JsonObjectType.String };
        foreach (var value in LoadedConfig.RuleValues)
        {
            setting.Enumeration.Add(value);
        }
        var keys = RuleCatalog.Descriptors.Where(rule => rule != InternalChecks.LostWords)
            .SelectMany(rule => (string[])[rule.Id, rule.Name])
            .Concat(RuleCatalog.Descriptors.SelectMany(rule => rule.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        foreach (var key in keys)
        {
            rules.Properties[key] = new JsonSchemaProperty { Reference = null, Type = JsonObjectType.String, Description = Describe(key) };
            foreach (var value in LoadedConfig.RuleValues)
            {
                rules.Properties[key].Enumeration.Add(value);
            }
        }
        return Text(schema);
    }

    /// <summary>The schema of a sidecar raw/&lt;id&gt;.meta.yaml.</summary>
    public static string Sidecar()
    {
        var schema = Generate<SidecarFields>(
            "NatoCorpus sidecar (raw/<id>.meta.yaml)", "What an archivist states about one raw text. See README.md, \"Sidecar metadata\".");
        schema.Properties["date"].Pattern = @"^\d{4}-\d{2}-\d{2}$";
        schema.Properties["source_url"].Format = "uri";
        schema.Definitions[nameof(SuppressionEntry)].RequiredProperties.Add("rule");
        return Text(schema);
    }

    private static string Describe(string key) =>
        RuleCatalog.FindDescriptor(key) is { } rule ? $"{rule.Id} {rule.Name}: {rule.Description}" : $"every rule tagged {key}";

    private static JsonSchema Generate<T>(string title, string description)
    {
        var settings = new SystemTextJsonSchemaGeneratorSettings
        {
            SerializerOptions = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower },
            SchemaType = SchemaType.JsonSchema,
            // Strict as the reader: an unknown key is an error there, so it is one in the editor too.
            AlwaysAllowAdditionalObjectProperties = false,
            DefaultReferenceTypeNullHandling = ReferenceTypeNullHandling.NotNull,
            FlattenInheritanceHierarchy = true,
        };
        var schema = JsonSchema.FromType<T>(settings);
        schema.Title = title;
        schema.Description = description;
        return schema;
    }

    /// <summary>The schema as written to schema/: LF line ends and a final newline, whatever the platform.</summary>
    private static string Text(JsonSchema schema) => schema.ToJson().ReplaceLineEndings("\n") + "\n";
}
