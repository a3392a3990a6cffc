using NJsonSchema;

namespace NatoCorpus.Output;

/// <summary>The front matter JSON Schema (schema/front-matter.schema.json, embedded at build time).</summary>
public static class FrontMatterSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromJsonAsync(ReadSchema()).GetAwaiter().GetResult());

    private static string ReadSchema()
    {
        using var stream = typeof(FrontMatterSchema).Assembly.GetManifestResourceStream("NatoCorpus.Schema.front-matter.schema.json")
            ?? throw new InvalidOperationException("the front matter schema is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Problems with a normalized file's front matter; empty when it is valid.</summary>
    public static IReadOnlyList<string> Validate(string markdown)
    {
        if (FrontMatterReader.Split(markdown) is not var (yaml, _))
        {
            return ["no front matter (the file must start with a --- block)"];
        }
        System.Text.Json.Nodes.JsonNode? json;
        try
        {
            json = FrontMatterReader.ToJson(yaml);
        }
        catch (YamlDotNet.Core.YamlException exception)
        {
            return [$"front matter is not valid YAML: line {exception.Start.Line}, column {exception.Start.Column}: {exception.Message}"];
        }
        var errors = Schema.Value.Validate(json?.ToJsonString() ?? "null");
        return errors.Select(error => $"{error.Path}: {error.Kind}").Order(StringComparer.Ordinal).ToArray();
    }
}
