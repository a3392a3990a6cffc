using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NatoCorpus.Output;

/// <summary>Splits a normalized file into front matter and body, and reads the front matter as JSON for schema checks.</summary>
public static partial class FrontMatterReader
{
    public static (string Yaml, string Body)? Split(string markdown)
    {
        if (!markdown.StartsWith("---\n", StringComparison.Ordinal))
        {
            return null;
        }
        var end = markdown.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (end < 0)
        {
            return null;
        }
        var body = markdown[(end + 5)..];
        return (markdown[4..(end + 1)], body.StartsWith('\n') ? body[1..] : body);
    }

    /// <summary>Lines taken by the front matter block including both --- lines; 0 when there is none.</summary>
    public static int FrontMatterLineCount(string markdown)
    {
        if (!markdown.StartsWith("---\n", StringComparison.Ordinal))
        {
            return 0;
        }
        var end = markdown.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (end < 0)
        {
            return markdown.EndsWith("\n---", StringComparison.Ordinal) ? markdown.Count(c => c == '\n') + 1 : 0;
        }
        return markdown.AsSpan(0, end + 1).Count('\n') + 1;
    }

    /// <summary>
    /// YAML to JSON with the YAML 1.2 core schema for plain scalars (integers, booleans, null); quoted scalars
    /// stay strings. Throws <see cref="YamlException"/> on malformed YAML.
    /// </summary>
    public static JsonNode? ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(pair =>
            KeyValuePair.Create(((YamlScalarNode)pair.Key).Value ?? "", Convert(pair.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(Convert).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => null,
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any))
        {
            return JsonValue.Create(value);
        }
        if (Integer().IsMatch(value))
        {
            return JsonValue.Create(long.Parse(value, CultureInfo.InvariantCulture));
        }
        return value switch
        {
            "true" => JsonValue.Create(true),
            "false" => JsonValue.Create(false),
            "null" or "~" or "" => null,
            _ => JsonValue.Create(value),
        };
    }

    [GeneratedRegex(@"^[-+]?\d{1,18}$", RegexOptions.CultureInvariant)]
    private static partial Regex Integer();
}
