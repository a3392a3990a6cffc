using System.Text;
using System.Text.RegularExpressions;

namespace NatoCorpus.Corpus;

/// <summary>
/// Glob arguments expanded by the tool (`natocorpus lint 'raw/**/2024-*.txt'`), so a quoted pattern means the same
/// in every shell and on Windows, as markdownlint-cli2's and eslint's. Within one path segment: `*` any characters,
/// `?` one character, `[abc]`, `[a-z]`, `[!a]` one of a set, `{a,b}` one of the alternatives; `**` as a whole
/// segment is any number of folders, none included. As in a shell, a wildcard matches no leading `.` (hidden files
/// and folders, such as .git, are named explicitly or not at all) and `**` does not descend into linked folders
/// (a link loop cannot make the walk endless). Matching is case-sensitive and only texts match (.txt, .html, .htm,
/// .md): `raw/*` never takes a sidecar for a text. A path that exists as written is that path, not a pattern.
/// </summary>
public static class PathGlob
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    /// <summary>Whether <paramref name="argument"/> holds a glob character.</summary>
    public static bool IsPattern(string argument) => argument.AsSpan().IndexOfAny("*?[{") >= 0;

    /// <summary>The texts <paramref name="pattern"/> matches, relative to <paramref name="workingDirectory"/>, as full paths in ordinal order.</summary>
    public static IReadOnlyList<string> Expand(string pattern, string workingDirectory)
    {
        var full = Path.GetFullPath(pattern, workingDirectory);
        var segments = full.Replace('\\', '/').Split('/');
        // The literal segments before the first wildcard are where the walk starts.
        var literal = 0;
        while (literal < segments.Length && !IsPattern(segments[literal]))
        {
            literal++;
        }
        var start = string.Join('/', segments[..literal]);
        if (start.Length == 0)
        {
            start = "/";
        }
        var matches = new SortedSet<string>(StringComparer.Ordinal);
        if (literal == segments.Length || !Directory.Exists(start))
        {
            return [];
        }
        var parts = segments[literal..].Select(segment => segment == "**" ? null : Segment(segment)).ToArray();
        Walk(start, parts, 0, matches);
        return [.. matches];
    }

    private static void Walk(string folder, Regex?[] parts, int index, SortedSet<string> matches)
    {
        var part = parts[index];
        var last = index == parts.Length - 1;
        if (part is null)
        {
            // `**`: zero folders (the next part here), or one more folder, not hidden, not a link.
            if (last)
            {
                AddTexts(folder, recursive: true, matches);
                return;
            }
            Walk(folder, parts, index + 1, matches);
            foreach (var sub in Folders(folder).Where(sub => !IsLink(sub)))
            {
                Walk(sub, parts, index, matches);
            }
            return;
        }
        if (last)
        {
            foreach (var file in Files(folder).Where(file => part.IsMatch(Path.GetFileName(file)) && RawFiles.IsText(file)))
            {
                matches.Add(file);
            }
            return;
        }
        foreach (var sub in Folders(folder).Where(sub => part.IsMatch(Path.GetFileName(sub))))
        {
            Walk(sub, parts, index + 1, matches);
        }
    }

    /// <summary>The texts of a folder, and with <paramref name="recursive"/> of its visible, unlinked subfolders.</summary>
    private static void AddTexts(string folder, bool recursive, SortedSet<string> matches)
    {
        foreach (var file in Files(folder).Where(file => !Path.GetFileName(file).StartsWith('.') && RawFiles.IsText(file)))
        {
            matches.Add(file);
        }
        if (recursive)
        {
            foreach (var sub in Folders(folder).Where(sub => !IsLink(sub)))
            {
                AddTexts(sub, recursive, matches);
            }
        }
    }

    private static IEnumerable<string> Files(string folder) => Listed(() => Directory.EnumerateFiles(folder).Select(file => file.Replace('\\', '/')).ToArray());

    /// <summary>Subfolders that are not hidden: a wildcard never matches a leading dot.</summary>
    private static IEnumerable<string> Folders(string folder) =>
        Listed(() => Directory.EnumerateDirectories(folder)
            .Select(sub => sub.Replace('\\', '/'))
            .Where(sub => !Path.GetFileName(sub).StartsWith('.'))
            .ToArray());

    /// <summary>A folder that cannot be listed matches nothing: discovery reports unreadable folders it is given.</summary>
    private static string[] Listed(Func<string[]> list)
    {
        try
        {
            return list();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static bool IsLink(string path) => new DirectoryInfo(path).LinkTarget is not null;

    /// <summary>One path segment's pattern as an anchored regular expression.</summary>
    internal static Regex Segment(string segment)
    {
        var regex = new StringBuilder(@"\A");
        if (segment.Length > 0 && segment[0] is '*' or '?' or '[')
        {
            // As in a shell: a wildcard never matches the leading dot of a hidden name.
            regex.Append(@"(?!\.)");
        }
        var inBraces = false;
        for (var i = 0; i < segment.Length; i++)
        {
            var c = segment[i];
            switch (c)
            {
                case '*':
                    regex.Append(".*");
                    break;
                case '?':
                    regex.Append('.');
                    break;
                case '[' when i + 2 < segment.Length && segment.IndexOf(']', i + 2) is var close and > 0:
                    var set = segment[(i + 1)..close];
                    var negated = set.Length > 0 && set[0] is '!' or '^';
                    var body = negated ? set[1..] : set;
                    var escaped = body.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("[", @"\[", StringComparison.Ordinal);
                    regex.Append(negated ? "[^" : "[").Append(escaped).Append(']');
                    i = close;
                    break;
                case '{' when !inBraces && segment.IndexOf('}', i + 1) > 0:
                    regex.Append("(?:");
                    inBraces = true;
                    break;
                case ',' when inBraces:
                    regex.Append('|');
                    break;
                case '}' when inBraces:
                    regex.Append(')');
                    inBraces = false;
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
        return new Regex(regex.Append(@"\z").ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline, MatchTimeout);
    }
}
