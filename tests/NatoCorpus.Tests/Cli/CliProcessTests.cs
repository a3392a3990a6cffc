using System.Diagnostics;

namespace NatoCorpus.Tests.Cli;

/// <summary>The real executable in a child process, under another time zone and locale.</summary>
public sealed class CliProcessTests : IDisposable
{
    private readonly string _root = TestCorpus.CopyToTemporary();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private (int Exit, string Output, string Error) Natocorpus(IDictionary<string, string> environment, params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "NatoCorpus.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    [Fact]
    public void The_executable_composes_decomposed_accents_as_the_library_does()
    {
        // Invariant globalization cannot normalize non-ASCII text: the executable once left "De\u0301fense" as it was.
        File.WriteAllText(Path.Combine(_root, "raw", "nfc.txt"), "Un titre sur la défense\n\nLa De\u0301fense des Alliés est prête, a dit le ministre à Bruxelles.\n");
        File.WriteAllText(Path.Combine(_root, "raw", "nfc.meta.yaml"), "date: 2024-01-01\n");
        var (_, output, _) = Natocorpus(new Dictionary<string, string>(), "lint", "raw/nfc.txt");
        Assert.Contains("NC207", output, StringComparison.Ordinal);
        Natocorpus(new Dictionary<string, string>(), "normalize", "raw/nfc.txt");
        Assert.Contains("La Défense des Alliés", File.ReadAllText(Path.Combine(_root, "normalized", "nfc.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_gives_the_committed_bytes_in_another_time_zone_and_locale()
    {
        var environment = new Dictionary<string, string>
        {
            ["TZ"] = "Pacific/Kiritimati",
            ["LANG"] = "tr_TR.UTF-8",
            ["LC_ALL"] = "tr_TR.UTF-8",
            ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "false",
        };
        var (exit, _, error) = Natocorpus(environment, "normalize", "--out", "elsewhere", "--jobs", "1");
        Assert.True(exit == 0, error);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestCorpus.Root, "normalized")))
        {
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(_root, "elsewhere", Path.GetFileName(file))));
        }
    }

    [Fact]
    public void Check_exits_1_after_a_raw_edit_and_0_on_the_clean_corpus()
    {
        Assert.Equal(0, Natocorpus(new Dictionary<string, string>(), "normalize", "--check").Exit);
        var raw = Path.Combine(_root, "raw", "000_74c7c2f7b85c15bf.txt");
        File.AppendAllText(raw, "\n\nUn nouveau paragraphe.");
        var (exit, output, _) = Natocorpus(new Dictionary<string, string>(), "normalize", "--check");
        Assert.Equal(1, exit);
        Assert.Contains("+Un nouveau paragraphe.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_usage_error_exits_2()
    {
        Assert.Equal(2, Natocorpus(new Dictionary<string, string>(), "normalize", "--no-such-option").Exit);
        Assert.Equal(2, Natocorpus(new Dictionary<string, string>(), "lint", "--format", "xml").Exit);
    }
}
