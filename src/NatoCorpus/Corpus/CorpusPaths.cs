namespace NatoCorpus.Corpus;

/// <summary>Where a path really leads: symbolic links resolved, and whether it stays inside a folder.</summary>
public static class CorpusPaths
{
    /// <summary>Links followed before a path is taken for a loop (Linux's own limit, ELOOP).</summary>
    private const int MaxLinks = 40;

    /// <summary>
    /// <paramref name="path"/> with every symbolic link in it resolved, as realpath(3) does (a missing tail is kept
    /// as written); null when the links loop. .NET resolves only the last link of a path, and a link in a folder
    /// above can lead just as far out.
    /// </summary>
    public static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Parts(full[root.Length..]).Reverse());
        var current = root;
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".")
            {
                continue;
            }
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Combine(current, part);
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                target = null;
            }
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks)
            {
                return null;
            }
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }
            foreach (var step in Parts(target).Reverse())
            {
                pending.Push(step);
            }
        }
        return current;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or inside it (lexically: resolve links first).</summary>
    public static bool IsInside(string folder, string path)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }

    /// <summary>Whether <paramref name="path"/>, links resolved, leads inside <paramref name="folder"/> (links resolved too).</summary>
    public static bool LeadsInside(string folder, string path) =>
        RealPath(folder) is { } realFolder && RealPath(path) is { } realPath && IsInside(realFolder, realPath);

    private static string[] Parts(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
