namespace NatoCorpus.Corpus;

/// <summary>Where a corpus lives: its root (the repository) and its raw and normalized folders.</summary>
public sealed record CorpusLayout(string Root, string RawDirectory, string NormalizedDirectory)
{
    public const string ConfigFileName = "natocorpus.yaml";

    /// <summary>
    /// Where the JSON Schema of natocorpus.yaml is published (schema/natocorpus.schema.json of the repository), for
    /// the `# yaml-language-server: $schema=` line `init` writes, so editors complete and check the keys.
    /// </summary>
    public const string ConfigSchemaUrl = "https://raw.githubusercontent.com/natocorpus/natocorpus/main/schema/natocorpus.schema.json";

    /// <summary>The nearest folder at or above <paramref name="start"/> holding natocorpus.yaml or .git; else <paramref name="start"/>.</summary>
    public static string FindRoot(string start) => FindRootOrNull(start) ?? Path.GetFullPath(start);

    /// <summary>The nearest folder at or above <paramref name="start"/> holding natocorpus.yaml or .git; null when there is none.</summary>
    public static string? FindRootOrNull(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, ConfigFileName)) || Path.Exists(Path.Combine(directory.FullName, ".git")))
            {
                return directory.FullName;
            }
        }
        return null;
    }

    public static CorpusLayout At(string root, string raw = "raw", string normalized = "normalized") =>
        new(root, Path.GetFullPath(Path.Combine(root, raw)), Path.GetFullPath(Path.Combine(root, normalized)));

    /// <summary>A path as the output shows it: relative to the root, with forward slashes.</summary>
    public string Relative(string path)
    {
        var relative = Path.GetRelativePath(Root, path);
        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>
    /// Why normalized output may not go to the normalized folder, or null: it must never be raw/ or inside it
    /// (links resolved), where raw texts are evidence and written files would be read back as raw texts.
    /// </summary>
    public string? OutputInsideRaw()
    {
        var normalized = CorpusPaths.RealPath(NormalizedDirectory) ?? NormalizedDirectory;
        var raw = CorpusPaths.RealPath(RawDirectory) ?? RawDirectory;
        return CorpusPaths.IsInside(raw, normalized)
            ? $"the normalized output folder {Relative(NormalizedDirectory)} is the raw folder or inside it ({Relative(RawDirectory)}): refused, raw texts are never written"
            : null;
    }
}
