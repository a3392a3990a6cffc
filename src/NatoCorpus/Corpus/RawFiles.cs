using MAB.DotIgnore;
using NatoCorpus.Knowledge;
using NatoCorpus.Pipeline;

namespace NatoCorpus.Corpus;

/// <summary>A path discovery refused (<see cref="IsError"/>) or warns about, with the reason.</summary>
public sealed record DiscoveryProblem(string Path, string Message, bool IsError);

/// <summary>The raw texts found, in ordinal path order, and what was refused or looked wrong on the way.</summary>
public sealed record Discovery(IReadOnlyList<string> Files, IReadOnlyList<DiscoveryProblem> Problems);

/// <summary>Finds raw texts and reads them (read-only) with their sidecars.</summary>
public static class RawFiles
{
    /// <summary>Raw files are .txt; normalized files are .md; sidecars (.meta.yaml) are read with their text, never on their own.</summary>
    public static readonly string[] Extensions = [".txt", ".html", ".htm", ".md"];

    public static bool IsMarkdown(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a folder walk or a glob takes <paramref name="path"/> for a text (raw or Markdown), by its extension.</summary>
    public static bool IsText(string path) => IsCandidate(path);

    private static bool IsCandidate(string path) => Extensions.Any(extension => path.EndsWith(extension, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The raw texts under the given files or folders, in ordinal path order so every run sees the same order,
    /// leaving out what the <paramref name="ignore"/> globs (relative to <paramref name="root"/>) match.
    /// </summary>
    public static IReadOnlyList<string> Discover(IEnumerable<string> paths, string? root = null, IReadOnlyList<string>? ignore = null) =>
        Explore(paths, root, ignore).Files;

    /// <summary>
    /// As <see cref="Discover"/> (<paramref name="ignore"/>: lines of .gitignore syntax), with what was refused on the
    /// way: a symbolic link to a folder is followed only
    /// when it leads inside the corpus (as a linked file is read only then) and not into a folder it is already
    /// in (a loop); an unreadable folder is refused; a sidecar without its text, or a folder named like a
    /// sidecar, gets a warning. <paramref name="root"/> bounds where links may lead (default: each folder given).
    /// </summary>
    public static Discovery Explore(IEnumerable<string> paths, string? root = null, IReadOnlyList<string>? ignore = null)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var problems = new List<DiscoveryProblem>();
        var realRoot = root is null ? null : CorpusPaths.RealPath(root);
        foreach (var path in paths.Select(path => Path.GetFullPath(path)))
        {
            if (Directory.Exists(path))
            {
                var boundary = realRoot is not null && CorpusPaths.IsInside(root!, path) ? realRoot : CorpusPaths.RealPath(path) ?? path;
                Walk(path, boundary, found, problems);
            }
            else
            {
                found.Add(path);
                if (!IsMarkdown(path) && Directory.Exists(SidecarPathOf(path)))
                {
                    problems.Add(new DiscoveryProblem(SidecarPathOf(path), "a folder named like a sidecar: ignored", IsError: false));
                }
            }
        }
        problems.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        if (root is null || ignore is null || ignore.Count == 0)
        {
            return new Discovery(found.ToArray(), problems);
        }
        // .gitignore semantics (MAB.DotIgnore): a pattern without a slash matches at any depth, a folder's pattern
        // everything in it, `[0-3]` a character range, `!` takes a file back.
        var rules = new IgnoreList(ignore, MatchFlags.PATHNAME);
        bool Kept(string path)
        {
            var relative = Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
            // Outside the root (a file named on the command line elsewhere) no pattern of the root applies.
            return relative.StartsWith("../", StringComparison.Ordinal) || relative == ".." || Path.IsPathRooted(relative)
                || !rules.IsIgnored(relative, Directory.Exists(path));
        }
        return new Discovery(found.Where(Kept).ToArray(), problems.Where(problem => Kept(problem.Path)).ToArray());
    }

    /// <summary>A folder being walked: its path as found, its real path, and the folder the walk came from.</summary>
    private sealed record Frame(string Path, string Real, Frame? Parent)
    {
        /// <summary>Whether following a link to <paramref name="real"/> would enter a folder this walk is already in.</summary>
        public bool Loops(string real)
        {
            for (var frame = this; frame is not null; frame = frame.Parent)
            {
                if (CorpusPaths.IsInside(real, frame.Real))
                {
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>Walks <paramref name="top"/> without recursion (a deep tree cannot overflow the stack).</summary>
    private static void Walk(string top, string boundary, SortedSet<string> found, List<DiscoveryProblem> problems)
    {
        var pending = new Stack<Frame>();
        pending.Push(new Frame(top, CorpusPaths.RealPath(top) ?? top, null));
        while (pending.TryPop(out var frame))
        {
            FileSystemInfo[] entries;
            try
            {
                entries = new DirectoryInfo(frame.Path).GetFileSystemInfos();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                problems.Add(new DiscoveryProblem(frame.Path, $"cannot read this folder: {exception.Message}", IsError: true));
                continue;
            }
            var ids = entries.Where(entry => entry is FileInfo && IsCandidate(entry.Name) && !IsMarkdown(entry.Name))
                .Select(entry => IdOf(entry.Name)).ToHashSet(StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                if (entry is DirectoryInfo directory)
                {
                    if (directory.Name.EndsWith(SidecarReader.Extension, StringComparison.Ordinal))
                    {
                        problems.Add(new DiscoveryProblem(directory.FullName, "a folder named like a sidecar: ignored", IsError: false));
                    }
                    if (Follow(frame, directory, boundary, problems) is { } real)
                    {
                        pending.Push(new Frame(directory.FullName, real, frame));
                    }
                }
                else if (IsCandidate(entry.Name))
                {
                    found.Add(entry.FullName);
                }
                else if (entry.Name.EndsWith(SidecarReader.Extension, StringComparison.Ordinal) && !ids.Contains(entry.Name[..^SidecarReader.Extension.Length]))
                {
                    var stem = entry.Name[..^SidecarReader.Extension.Length];
                    problems.Add(new DiscoveryProblem(entry.FullName, $"sidecar without a raw text ({stem}.txt, .html or .htm): ignored", IsError: false));
                }
            }
        }
    }

    /// <summary>The real path to walk for <paramref name="directory"/>, or null (with the reason) when it is refused.</summary>
    private static string? Follow(Frame frame, DirectoryInfo directory, string boundary, List<DiscoveryProblem> problems)
    {
        if (directory.LinkTarget is null)
        {
            return Path.Combine(frame.Real, directory.Name);
        }
        var real = CorpusPaths.RealPath(directory.FullName);
        var reason = real is null ? "symbolic link that loops: refused"
            : !CorpusPaths.IsInside(boundary, real) ? $"symbolic link to {real}, outside the corpus: refused"
            : frame.Loops(real) ? $"symbolic link to {real}, a folder it is in (a loop): refused"
            : null;
        if (reason is not null)
        {
            problems.Add(new DiscoveryProblem(directory.FullName, reason, IsError: true));
            return null;
        }
        return real;
    }

    /// <summary>The document id: the file name without its extension.</summary>
    public static string IdOf(string path) => Path.GetFileNameWithoutExtension(path);

    public static string SidecarPathOf(string path) => Path.Combine(Path.GetDirectoryName(path)!, IdOf(path) + SidecarReader.Extension);

    /// <summary>
    /// Reads a raw text and its sidecar, each only if it is a regular file within its limit (the raw text's is
    /// <paramref name="maxBytes"/>, max_file_size; a sidecar's the YAML limit). Throws <see cref="IOException"/>
    /// (an <see cref="UnreadableFileException"/> naming the file refused) or <see cref="UnauthorizedAccessException"/>.
    /// </summary>
    public static RawInput Read(CorpusLayout layout, string path, long maxBytes = long.MaxValue)
    {
        var bytes = BoundedFile.ReadAll(path, maxBytes, "max_file_size");
        var sidecarPath = SidecarPathOf(path);
        byte[]? sidecar = null;
        if (!IsMarkdown(path) && BoundedFile.KindOf(sidecarPath) is not (FileKind.Missing or FileKind.Directory))
        {
            // A folder named like a sidecar is no sidecar: discovery warns about it.
            sidecar = BoundedFile.ReadAll(sidecarPath, BoundedFile.YamlLimit, "sidecars, like every YAML file, are at most 1 MB");
        }
        return new RawInput(IdOf(path), layout.Relative(path), bytes, sidecar is null ? null : layout.Relative(sidecarPath), sidecar);
    }
}
