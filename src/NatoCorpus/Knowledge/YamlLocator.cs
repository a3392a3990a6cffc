using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NatoCorpus.Knowledge;

/// <summary>
/// Finds where a value sits in a YAML text, so a semantic error (a bad date, an unknown rule) points to its line
/// and column like a syntax error does. Only used on the error path.
/// </summary>
public sealed class YamlLocator
{
    private readonly YamlNode? _root;

    public YamlLocator(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            _root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
        }
        catch (YamlException)
        {
            _root = null;
        }
    }

    /// <summary>The 1-based line and column of the node at <paramref name="path"/> (mapping keys and sequence indexes), or 1:1.</summary>
    public (long Line, long Column) Find(params object[] path)
    {
        var node = _root;
        foreach (var step in path)
        {
            node = (node, step) switch
            {
                (YamlMappingNode mapping, string key) => mapping.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode scalar && scalar.Value == key).Value,
                (YamlSequenceNode sequence, int index) when index < sequence.Children.Count => sequence.Children[index],
                _ => null,
            };
        }
        return node is null ? (1, 1) : (node.Start.Line, node.Start.Column);
    }

    public DataFileException Error(string path, string problem, params object[] at)
    {
        var (line, column) = Find(at);
        return new DataFileException(path, line, column, problem);
    }
}
