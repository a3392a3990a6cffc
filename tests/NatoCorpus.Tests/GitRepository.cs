using System.Diagnostics;

namespace NatoCorpus.Tests;

/// <summary>git in a folder made by a test, with a fixed identity so commits work on any machine.</summary>
internal static class GitRepository
{
    public static string Git(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-c", "user.name=test", "-c", "user.email=test@example.org", "-c", "init.defaultBranch=main" }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)}: {error}");
        return output.Result;
    }

    /// <summary>Makes <paramref name="root"/> a repository with everything in it committed on main.</summary>
    public static void InitAndCommit(string root)
    {
        Git(root, "init", "-q", "-b", "main");
        Git(root, "add", "-A");
        Git(root, "commit", "-q", "-m", "corpus");
    }

    /// <summary>Commits every change in <paramref name="root"/>.</summary>
    public static void CommitAll(string root, string message)
    {
        Git(root, "add", "-A");
        Git(root, "commit", "-q", "-m", message);
    }
}
