using System.Diagnostics;
using NatoCorpus.Commands;
using NatoCorpus.Configuration;

namespace NatoCorpus.Tests.Hostile;

/// <summary>
/// A throw-away corpus (a copy of the repository's) for hostile-input tests, with what they need: a text that
/// normalizes, sparse files, FIFOs, the real executable under a time limit, and the commands run as the CLI runs them.
/// </summary>
internal sealed class HostileCorpus : IDisposable
{
    private readonly TempCorpus _corpus = new();

    public string Root => _corpus.Root;

    public string Raw => Path.Combine(Root, "raw");

    public string Normalized => Path.Combine(Root, "normalized");

    public void Dispose()
    {
        // Read-only folders a test made must become writable again to be removed. Links are not followed: .NET's
        // own recursive enumeration follows them, and a test's link loop would never end.
        var pending = new Stack<string>([Root]);
        while (pending.TryPop(out var folder))
        {
            SetMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            foreach (var child in new DirectoryInfo(folder).EnumerateDirectories().Where(child => child.LinkTarget is null))
            {
                pending.Push(child.FullName);
            }
        }
        _corpus.Dispose();
    }

    /// <summary>A French text with a title; its sidecar gives the date, so it always normalizes.</summary>
    public const string Text = "Un titre sur la défense\n\nLa défense des Alliés est prête, a dit le ministre à Bruxelles.\n";

    /// <summary>Writes raw/<paramref name="name"/>.txt (and its sidecar, unless <paramref name="sidecar"/> is null); returns the text's path.</summary>
    public string AddText(string name, string? sidecar = "date: 2024-01-01\n", string text = Text)
    {
        var path = Path.Combine(Raw, name + ".txt");
        File.WriteAllText(path, text);
        if (sidecar is not null)
        {
            File.WriteAllText(Path.Combine(Raw, name + ".meta.yaml"), sidecar);
        }
        return path;
    }

    public void Config(string yaml) => File.WriteAllText(Path.Combine(Root, "natocorpus.yaml"), yaml);

    public (int Exit, string Output, string Error) Normalize(string? outDirectory = null, bool check = false, params string[] paths) =>
        _corpus.Run(environment => NormalizeCommand.Run(environment, new NormalizeRequest(paths, outDirectory, check)));

    public (int Exit, string Output, string Error) Lint(string format = "text", bool fix = false, params string[] paths) =>
        _corpus.Run(environment => LintCommand.Run(environment, new LintRequest(paths, format, false, Fix: fix)));

    public (int Exit, string Output, string Error) Check(string format = "text", bool cache = false, string? cacheLocation = null) =>
        _corpus.Run(environment => CheckCommand.Run(environment, new CheckRequest(format, false, null, UseCache: cache, CacheLocation: cacheLocation)));

    /// <summary>Runs a command as the CLI does, configuration errors included.</summary>
    public (int Exit, string Output, string Error) RunCli(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = NatoCorpus.Cli.CliApp.Run(args, output, error, Root);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>
    /// The real executable in a child process, killed after <paramref name="limit"/>: a test of a hang must fail, not hang.
    /// </summary>
    public (int Exit, string Output, string Error, TimeSpan Elapsed) Process(TimeSpan limit, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NatoCorpus.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        var clock = Stopwatch.StartNew();
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"natocorpus {string.Join(' ', args)} still running after {limit.TotalSeconds} s: killed");
        }
        return (process.ExitCode, output.Result, error.Result, clock.Elapsed);
    }

    /// <summary>A sparse file of <paramref name="bytes"/> bytes: huge to the tool, almost nothing on disk.</summary>
    public static void Sparse(string path, long bytes)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        stream.SetLength(bytes);
    }

    /// <summary>Makes a FIFO at <paramref name="path"/>; false where mkfifo is not available (the test then skips).</summary>
    public static bool MakeFifo(string path)
    {
        try
        {
            using var mkfifo = System.Diagnostics.Process.Start(new ProcessStartInfo("mkfifo", [path]) { RedirectStandardError = true })!;
            mkfifo.WaitForExit();
            return mkfifo.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>
    /// Whether a read-only folder really refuses writes here: as root it does not (tests may run as root), and a
    /// test then provokes the error another way.
    /// </summary>
    public static bool ReadOnlyFoldersRefuseWrites(string scratch)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }
        var folder = Path.Combine(scratch, "probe-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            File.WriteAllText(Path.Combine(folder, "x"), "x");
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
        finally
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Sets a folder's or file's permissions where the platform has them.</summary>
    public static void SetMode(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode);
        }
    }
}
