using System.Diagnostics;

namespace NatoCorpus.Tests.Cli;

/// <summary>
/// The word diffs of `normalize --check` and `check` on a pseudo-terminal (util-linux `script`): red and green there,
/// plain under NO_COLOR, as they are plain when piped (<see cref="CliProcessTests"/>).
/// </summary>
public sealed class TerminalDiffTests : IDisposable
{
    private const string Colored = "difficile\u001b[31m[- -]\u001b[0m\u001b[32m{+<nbsp>+}\u001b[0m: rester";

    private readonly string _root = TestCorpus.CopyToTemporary();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string OnTerminal(bool noColor, string command)
    {
        var start = new ProcessStartInfo("script") { WorkingDirectory = _root, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var arg in new[] { "-qec", $"dotnet '{Path.Combine(AppContext.BaseDirectory, "NatoCorpus.Cli.dll")}' {command}", "/dev/null" })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment.Remove("NO_COLOR");
        if (noColor)
        {
            start.Environment["NO_COLOR"] = "1";
        }
        start.Environment["TERM"] = "xterm-256color";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return output.Result;
    }

    [Fact]
    public void Word_diffs_are_coloured_on_a_terminal_and_plain_under_no_color()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/script"))
        {
            return; // util-linux's script is the pseudo-terminal here; macOS's takes other options.
        }
        var path = Path.Combine(_root, "normalized", "000_74c7c2f7b85c15bf.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("difficile\u00A0: rester", "difficile : rester", StringComparison.Ordinal));
        foreach (var command in new[] { "normalize --check", "check --no-cache" })
        {
            Assert.Contains(Colored, OnTerminal(noColor: false, command), StringComparison.Ordinal);
            var plain = OnTerminal(noColor: true, command);
            Assert.Contains("difficile[- -]{+<nbsp>+}: rester", plain, StringComparison.Ordinal);
            Assert.DoesNotContain("\u001b[3", plain, StringComparison.Ordinal);
        }
    }
}
