using System.Reflection;
using System.Text.RegularExpressions;
using NatoCorpus.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace NatoCorpus.Knowledge;

/// <summary>Strict YAML reading shared by data files, sidecars and the configuration.</summary>
public static partial class StrictYaml
{
    /// <summary>Largest YAML document read; a sidecar or data file beyond this is refused, not parsed.</summary>
    public const int MaxBytes = 1 << 20;

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithEnforceRequiredMembers()
        .Build();

    /// <param name="shipped">
    /// True for the data files shipped inside the library: their keys are checked once by a test, not at every start-up.
    /// </param>
    public static T Read<T>(string text, string path, bool shipped = false) where T : new()
    {
        if (text.Length > MaxBytes)
        {
            throw new DataFileException(path, 1, 1, $"file is larger than {MaxBytes} bytes");
        }
        try
        {
            // A key given twice is a mistake (which value was meant?), never a silent last-one-wins. Checked here
            // rather than by YamlDotNet's own check, which points a dictionary's duplicate at the first key.
            if (!shipped)
            {
                CheckDuplicateKeys(text, path);
            }
            return Deserializer.Deserialize<T>(text) ?? new T();
        }
        catch (YamlException exception)
        {
            var problem = Innermost(exception).Message;
            if (UnknownProperty().Match(problem) is { Success: true } unknown)
            {
                problem = UnknownKey(unknown.Groups["key"].Value, unknown.Groups["type"].Value, typeof(T));
            }
            throw new DataFileException(path, exception.Start.Line, exception.Start.Column, problem);
        }
    }

    /// <summary>The keys a YAML mapping read into <paramref name="type"/> may hold, as written (snake_case).</summary>
    public static IReadOnlyList<string> KeysOf(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.CanWrite)
            .Select(property => UnderscoredNamingConvention.Instance.Apply(property.Name)).ToArray();

    /// <summary>"unknown key 'normalised' (did you mean 'normalized'?)": the known keys are those of the mapping's own type.</summary>
    private static string UnknownKey(string key, string typeName, Type root)
    {
        var type = Reachable(root).FirstOrDefault(candidate => candidate.FullName == typeName || candidate.Name == typeName) ?? root;
        var keys = KeysOf(type);
        var suggestion = ClosestWord.Among(key, keys);
        var known = keys.Count <= 12 ? $" (known keys: {string.Join(", ", keys)})" : "";
        return suggestion is null ? $"unknown key '{key}'{known}" : $"unknown key '{key}' (did you mean '{suggestion}'?)";
    }

    /// <summary>The types a document of <paramref name="root"/> holds: its own, and those of its lists and maps, at any depth.</summary>
    private static IEnumerable<Type> Reachable(Type root)
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>([root]);
        while (pending.TryPop(out var type))
        {
            if (!seen.Add(type) || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true)
            {
                continue;
            }
            yield return type;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var inner = property.PropertyType.IsGenericType ? property.PropertyType.GetGenericArguments() : [property.PropertyType];
                foreach (var candidate in inner.Where(candidate => candidate.IsClass && candidate != typeof(string)))
                {
                    pending.Push(candidate);
                }
            }
        }
    }

    /// <summary>Throws at the second of two equal keys in one mapping, naming the line of the first.</summary>
    public static void CheckDuplicateKeys(string text, string path)
    {
        // A document that does not parse is left to the deserializer, whose error names the place of the mistake.
        try
        {
            DuplicateKeys(new Parser(new StringReader(text)), path);
        }
        catch (YamlException)
        {
        }
    }

    private static void DuplicateKeys(Parser parser, string path)
    {
        // One frame per open collection: a mapping's keys so far and whether its next node is a key (null: a sequence).
        var frames = new Stack<(Dictionary<string, Mark>? Keys, bool ExpectKey)>();
        void Completed()
        {
            if (frames.TryPop(out var parent))
            {
                frames.Push(parent.Keys is null ? parent : (parent.Keys, !parent.ExpectKey));
            }
        }
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case MappingStart:
                    frames.Push((new Dictionary<string, Mark>(StringComparer.Ordinal), true));
                    break;
                case SequenceStart:
                    frames.Push((null, false));
                    break;
                case MappingEnd or SequenceEnd:
                    frames.Pop();
                    Completed();
                    break;
                case Scalar scalar:
                    if (frames.TryPeek(out var frame) && frame.Keys is not null && frame.ExpectKey)
                    {
                        if (frame.Keys.TryGetValue(scalar.Value, out var first))
                        {
                            throw new DataFileException(path, scalar.Start.Line, scalar.Start.Column,
                                $"duplicate key {scalar.Value}: given twice in one mapping (first on line {first.Line}); which value is meant?");
                        }
                        frame.Keys[scalar.Value] = scalar.Start;
                    }
                    Completed();
                    break;
                case AnchorAlias:
                    Completed();
                    break;
            }
        }
    }

    private static Exception Innermost(Exception exception)
    {
        var current = exception;
        while (current.InnerException is not null && current.InnerException is not FormatException)
        {
            current = current.InnerException;
        }
        return current;
    }

    [GeneratedRegex(@"^Property '(?<key>[^']*)' not found on type '(?<type>[^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownProperty();
}
