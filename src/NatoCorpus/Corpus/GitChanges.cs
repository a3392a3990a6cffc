using System.Diagnostics;

namespace NatoCorpus.Corpus;

/// <summary>Files changed since a git ref (committed, staged, unstaged and untracked), for fast pull-request checks.</summary>
public static class GitChanges
{
    public sealed class GitException(string message) : Exception(message);

    /// <summary>What changed: absolute paths, and the work tree's top folder they were found in.</summary>
    public sealed record ChangeSet(string TopLevel, IReadOnlySet<string> Paths);

    /// <summary>
    /// Where a corpus pins the tool's version, relative to the repository's top folder: the local tool manifest
    /// (`dotnet tool restore`) and the workflows (the shipped one sets NATOCORPUS_VERSION). A new version may
    /// write every normalized file differently, and the shipped data files are part of it.
    /// </summary>
    public static readonly IReadOnlyList<string> ToolVersionPins = [".config/dotnet-tools.json", "dotnet-tools.json", ".github/workflows/"];

    /// <summary>
    /// Absolute paths changed since <paramref name="reference"/> under <paramref name="root"/>, renames as their new
    /// name; null when <paramref name="root"/> is not in a git work tree.
    /// </summary>
    public static ChangeSet? ChangedSince(string root, string reference)
    {
        var top = Git(root, "rev-parse", "--show-toplevel");
        if (top.ExitCode != 0)
        {
            return null;
        }
        var topLevel = Path.GetFullPath(top.Output.Trim());
        var verify = Git(root, "rev-parse", "--verify", "--quiet", reference + "^{commit}");
        if (verify.ExitCode != 0)
        {
            throw new GitException($"--changed-since: '{reference}' is not a commit in this repository");
        }
        var changed = new HashSet<string>(StringComparer.Ordinal);
        // -z keeps names with spaces and non-ASCII letters intact; --no-renames would lose the new name's pairing.
        foreach (var name in Git(root, "diff", "--name-only", "-z", "-M", reference, "--").Output.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            changed.Add(Path.GetFullPath(Path.Combine(topLevel, name)));
        }
        foreach (var name in Git(root, "ls-files", "--others", "--exclude-standard", "-z", "--full-name").Output.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            changed.Add(Path.GetFullPath(Path.Combine(topLevel, name)));
        }
        return new ChangeSet(topLevel, changed);
    }

    /// <summary>
    /// Why every raw text must be checked, or null when the changed raw texts are enough: a change to the
    /// configuration (<paramref name="configPath"/>, and the default natocorpus.yaml at <paramref name="root"/>,
    /// which may have been added or deleted), to a data file, to the root's .gitignore (which `ignore:` honours), or
    /// to a file that pins the tool's version changes
    /// what every text's check gives; and a data file outside the repository could have changed unseen.
    /// Paths in the reason are relative to <paramref name="root"/>.
    /// </summary>
    public static string? WhyCheckEverything(ChangeSet changes, string root, string? configPath, IReadOnlyList<string> dataFiles)
    {
        string Name(string path) => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
        var reasons = new List<string>();
        foreach (var config in new[] { Path.Combine(root, CorpusLayout.ConfigFileName), configPath }.OfType<string>().Select(path => Path.GetFullPath(path)).Distinct(StringComparer.Ordinal))
        {
            if (changes.Paths.Contains(config))
            {
                reasons.Add($"the configuration {Name(config)} changed");
            }
        }
        foreach (var data in dataFiles.Select(path => Path.GetFullPath(path)).Distinct(StringComparer.Ordinal))
        {
            if (!CorpusPaths.IsInside(changes.TopLevel, data))
            {
                reasons.Add($"the data file {Name(data)} is outside the git repository, so its changes cannot be seen");
            }
            else if (changes.Paths.Contains(data))
            {
                reasons.Add($"the data file {Name(data)} changed");
            }
        }
        // `ignore:` honours the root's .gitignore: a change to it can take texts in or out of the corpus.
        var gitignore = Path.GetFullPath(Path.Combine(root, ".gitignore"));
        if (changes.Paths.Contains(gitignore))
        {
            reasons.Add($"{Name(gitignore)} (which ignore: honours) changed");
        }
        foreach (var pin in changes.Paths.Where(path => IsToolVersionPin(changes.TopLevel, path)).Order(StringComparer.Ordinal))
        {
            reasons.Add($"{Name(pin)} (where the tool version is pinned) changed");
        }
        return reasons.Count == 0 ? null
            : reasons.Count == 1 ? reasons[0]
            : $"{reasons[0]} (and {reasons.Count - 1} more: {string.Join("; ", reasons.Skip(1))})";
    }

    private static bool IsToolVersionPin(string topLevel, string path)
    {
        var relative = Path.GetRelativePath(topLevel, path).Replace(Path.DirectorySeparatorChar, '/');
        return ToolVersionPins.Any(pin => pin.EndsWith('/') ? relative.StartsWith(pin, StringComparison.Ordinal) : relative == pin);
    }

    private static (int ExitCode, string Output) Git(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        // Paths as bytes in UTF-8, never octal-quoted.
        start.Environment["GIT_CONFIG_PARAMETERS"] = "'core.quotepath=false'";
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output.Result);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (-1, "");
        }
    }
}
