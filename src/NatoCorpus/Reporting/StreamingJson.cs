using System.Text.Json;
using System.Text.Json.Nodes;

namespace NatoCorpus.Reporting;

/// <summary>
/// Writes one large JSON document piece by piece: an opening, then array items as they come, then a closing, so
/// a report over a whole corpus never holds all its findings in memory.
/// </summary>
internal sealed class StreamingJson(Func<string> opening, string indent)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private bool _opened;
    private bool _hasItems;

    public void Item(TextWriter output, JsonNode item)
    {
        Open(output);
        output.Write(_hasItems ? ",\n" : "\n");
        output.Write(Indented(item, indent));
        _hasItems = true;
    }

    /// <summary>Closes the array; what follows (<paramref name="closing"/>) ends the document.</summary>
    public void Close(TextWriter output, string closing)
    {
        Open(output);
        output.Write(_hasItems ? "\n" + indent[..^2] + "]" : "]");
        output.Write(closing);
    }

    private void Open(TextWriter output)
    {
        if (!_opened)
        {
            output.Write(opening());
            _opened = true;
        }
    }

    /// <summary><paramref name="node"/> as indented JSON, every line prefixed by <paramref name="prefix"/>.</summary>
    public static string Indented(JsonNode? node, string prefix) =>
        prefix + (node?.ToJsonString(Options) ?? "null").Replace("\n", "\n" + prefix, StringComparison.Ordinal);

    /// <summary>A node written as the value of a key at <paramref name="prefix"/> depth (first line not prefixed).</summary>
    public static string Value(JsonNode? node, string prefix) => Indented(node, prefix)[prefix.Length..];
}
