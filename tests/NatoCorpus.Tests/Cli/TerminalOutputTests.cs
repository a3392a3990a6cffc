using System.Diagnostics;

namespace NatoCorpus.Tests.Cli;

/// <summary>
/// The real executable on a pseudo-terminal (util-linux `script`): with the progress bar drawn on the same terminal,
/// what the screen finally shows must be the report, line for line, as when standard output is piped.
/// </summary>
public sealed class TerminalOutputTests : IDisposable
{
    private readonly string _root = TestCorpus.CopyToTemporary();

    public TerminalOutputTests()
    {
        // Enough texts for a run of well over a second, when the bar appears, each with findings and excerpts.
        var raw = Path.Combine(_root, "raw");
        var seeds = Directory.EnumerateFiles(raw, "*.txt").Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < 1500; i++)
        {
            var seed = seeds[i % seeds.Length];
            File.Copy(seed, Path.Combine(raw, $"x{i:D4}.txt"));
            var sidecar = Path.ChangeExtension(seed, null) + ".meta.yaml";
            if (File.Exists(sidecar))
            {
                File.Copy(sidecar, Path.Combine(raw, $"x{i:D4}.meta.yaml"));
            }
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string Cli => Path.Combine(AppContext.BaseDirectory, "NatoCorpus.Cli.dll");

    private (int Exit, string Output) Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = _root, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        // As on a developer's terminal: no CI variable (which turns the bar off), colours allowed.
        start.Environment.Remove("CI");
        start.Environment.Remove("NO_COLOR");
        start.Environment["TERM"] = "xterm-256color";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }

    [Fact]
    public void On_a_terminal_the_progress_bar_erases_and_garbles_no_report_line()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/script"))
        {
            return; // util-linux's script is the pseudo-terminal here; macOS's takes other options.
        }
        var piped = Run("dotnet", Cli, "lint");
        // script runs the command on a new pseudo-terminal (standard output and error both on it) and copies
        // everything the terminal received to its own standard output.
        var terminal = Run("script", "-qec", $"dotnet '{Cli}' lint", "/dev/null");

        Assert.Equal(piped.Exit, terminal.Exit);
        Assert.Contains("files/s", terminal.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("bytes/s", terminal.Output, StringComparison.Ordinal);
        var expected = piped.Output.Split('\n').Select(line => line.TrimEnd(' ', '\r')).ToList();
        while (expected.Count > 0 && expected[^1].Length == 0)
        {
            expected.RemoveAt(expected.Count - 1);
        }
        var shown = TerminalScreen.Render(terminal.Output);
        var differences = expected.Zip(shown).Select((pair, line) => (pair, line)).Where(item => item.pair.First != item.pair.Second)
            .Select(item => $"line {item.line + 1}: expected «{item.pair.First}», shown «{item.pair.Second}»").Take(10).ToArray();
        Assert.True(differences.Length == 0 && expected.Count == shown.Count,
            $"{expected.Count} lines piped, {shown.Count} shown; first differences:\n{string.Join("\n", differences)}");
    }
}
