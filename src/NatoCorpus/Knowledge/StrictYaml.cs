using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace NatoCorpus.Knowledge;

/// <summary>Strict YAML reading shared by data files, sidecars and the configuration.</summary>
public static class StrictYaml
{
    /// <summary>Largest YAML document read; a sidecar or data file beyond this is refused, not parsed.</summary>
    public const int MaxBytes = 1 << 20;

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithEnforceRequiredMembers()
        // A key given twice is a mistake (which value was meant?), never a silent last-one-wins.
        .WithDuplicateKeyChecking()
        .Build();

    public static T Read<T>(string text, string path) where T : new()
    {
        if (text.Length > MaxBytes)
        {
            throw new DataFileException(path, 1, 1, $"file is larger than {MaxBytes} bytes");
        }
        try
        {
            return Deserializer.Deserialize<T>(text) ?? new T();
        }
        catch (YamlException exception)
        {
            var problem = Innermost(exception).Message;
            throw new DataFileException(path, exception.Start.Line, exception.Start.Column, problem);
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
}
