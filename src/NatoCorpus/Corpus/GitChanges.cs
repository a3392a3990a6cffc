using System.Diagnostics;

namespace NatoCorpus.Corpus;

/// <summary>Files changed since a git ref (committed, staged, unstaged and untracked), for fast pull-request checks.</summary>
public static class GitChanges
{
    public sealed class GitException(string message) : Exception(message);

    /// <summary>
    /// Absolute paths changed since <paramref name="reference"/> under <paramref name="root"/>, renames as their new
    /// name; null when <paramref name="root"/> is not in a git work tree.
    /// </summary>
    public static IReadOnlySet<string>? ChangedSince(string root, string reference)
    {
        var top = Git(root, "rev-parse", "--show-toplevel");
        if (top.ExitCode != 0)
        {
            return null;
        }
        var topLevel = top.Output.Trim();
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
        return changed;
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
