using Microsoft.Extensions.FileSystemGlobbing;
using NatoCorpus.Pipeline;

namespace NatoCorpus.Corpus;

/// <summary>Finds raw texts and reads them (read-only) with their sidecars.</summary>
public static class RawFiles
{
    /// <summary>Raw files are .txt; normalized files are .md; sidecars (.meta.yaml) are read with their text, never on their own.</summary>
    public static readonly string[] Extensions = [".txt", ".html", ".htm", ".md"];

    public static bool IsMarkdown(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The raw texts under the given files or folders, in ordinal path order so every run sees the same order,
    /// leaving out what the <paramref name="ignore"/> globs (relative to <paramref name="root"/>) match.
    /// </summary>
    public static IReadOnlyList<string> Discover(IEnumerable<string> paths, string? root = null, IReadOnlyList<string>? ignore = null)
    {
        var found = DiscoverAll(paths);
        if (root is null || ignore is null || ignore.Count == 0)
        {
            return found;
        }
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude("**/*");
        matcher.AddExcludePatterns(ignore);
        return found.Where(path => matcher.Match(root, Path.GetRelativePath(root, path)).HasMatches).ToArray();
    }

    private static IReadOnlyList<string> DiscoverAll(IEnumerable<string> paths)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
                {
                    if (Extensions.Any(extension => file.EndsWith(extension, StringComparison.OrdinalIgnoreCase)))
                    {
                        found.Add(Path.GetFullPath(file));
                    }
                }
            }
            else
            {
                found.Add(Path.GetFullPath(path));
            }
        }
        return found.ToArray();
    }

    /// <summary>The document id: the file name without its extension.</summary>
    public static string IdOf(string path) => Path.GetFileNameWithoutExtension(path);

    public static string SidecarPathOf(string path) => Path.Combine(Path.GetDirectoryName(path)!, IdOf(path) + SidecarReader.Extension);

    /// <summary>Reads a raw text and its sidecar. Throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/>.</summary>
    public static RawInput Read(CorpusLayout layout, string path)
    {
        var bytes = ReadOnly(path);
        var sidecarPath = SidecarPathOf(path);
        byte[]? sidecar = !IsMarkdown(path) && File.Exists(sidecarPath) ? ReadOnly(sidecarPath) : null;
        return new RawInput(IdOf(path), layout.Relative(path), bytes, sidecar is null ? null : layout.Relative(sidecarPath), sidecar);
    }

    private static byte[] ReadOnly(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var buffer = new byte[stream.Length];
        stream.ReadExactly(buffer);
        return buffer;
    }
}
