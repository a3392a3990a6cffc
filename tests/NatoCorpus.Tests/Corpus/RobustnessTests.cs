using System.Diagnostics;
using System.Security.Cryptography;
using NatoCorpus.Commands;
using NatoCorpus.Configuration;
using NatoCorpus.Corpus;

namespace NatoCorpus.Tests.Corpus;

/// <summary>raw/ is never written; normalized/ is never half-written, even when a run is killed or two run at once.</summary>
public sealed class RobustnessTests : IDisposable
{
    private readonly TempCorpus _corpus = new();

    private string _root => _corpus.Root;

    public void Dispose() => _corpus.Dispose();

    private string RawFolder => Path.Combine(_root, "raw");

    private Dictionary<string, (string Hash, long Ticks)> RawState() =>
        Directory.EnumerateFiles(RawFolder, "*", SearchOption.AllDirectories).ToDictionary(
            file => file,
            file => (Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file))), File.GetLastWriteTimeUtc(file).Ticks));

    private (int Exit, string Output, string Error) Run(Func<CommandEnvironment, int> command) => _corpus.Run(command);

    [Fact]
    public void No_command_writes_to_raw_even_when_normalized_is_stale_or_fix_is_asked()
    {
        File.Delete(Path.Combine(_root, "normalized", "002_80dbe67e56024610.md"));
        var before = RawState();
        Run(environment => NormalizeCommand.Run(environment, new NormalizeRequest([], null, Check: true)));
        Run(environment => LintCommand.Run(environment, new LintRequest([], "json", false)));
        Run(environment => LintCommand.Run(environment, new LintRequest(["raw"], "text", false, Fix: true)));
        Run(environment => CheckCommand.Run(environment, new CheckRequest("sarif", false, null)));
        Run(environment => NormalizeCommand.Run(environment, new NormalizeRequest([], null, Check: false)));
        Assert.Equal(before, RawState());
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_unread_and_the_run_goes_on()
    {
        File.WriteAllText(Path.Combine(_root, "natocorpus.yaml"), "max_file_size: 10000\n");
        File.WriteAllText(Path.Combine(RawFolder, "huge.txt"), new string('a', 10001));
        var (exit, output, error) = Run(environment => NormalizeCommand.Run(environment, new NormalizeRequest([], null, Check: false)));
        Assert.Equal(2, exit);
        Assert.Contains("raw/huge.txt:1:1: error: file is larger than the limit of 10000 bytes", error, StringComparison.Ordinal);
        Assert.Contains("0 written, 5 unchanged, 1 not normalized", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_root, "normalized", "huge.md")));
    }

    [Fact]
    public void A_symbolic_link_leading_outside_the_corpus_is_refused()
    {
        var outside = Path.Combine(Path.GetTempPath(), "natocorpus-outside-" + Guid.NewGuid().ToString("N") + ".txt");
        File.Copy(Path.Combine(RawFolder, "003_d134cf994f05418c.txt"), outside);
        try
        {
            File.CreateSymbolicLink(Path.Combine(RawFolder, "link.txt"), outside);
            File.CreateSymbolicLink(Path.Combine(RawFolder, "inside-link.txt"), Path.Combine(RawFolder, "004_85a73e5d65096bc9.txt"));
            var (exit, _, error) = Run(environment => NormalizeCommand.Run(environment, new NormalizeRequest([], null, Check: false)));
            Assert.Equal(2, exit);
            Assert.Contains("raw/link.txt:1:1: error: symbolic link to", error, StringComparison.Ordinal);
            Assert.DoesNotContain("inside-link", error, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(_root, "normalized", "link.md")));
            Assert.True(File.Exists(Path.Combine(_root, "normalized", "inside-link.md")));
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void An_unreadable_file_is_reported_and_the_run_goes_on()
    {
        // A dangling link cannot be opened whatever the user's rights (tests may run as root, where chmod 000 reads fine).
        File.CreateSymbolicLink(Path.Combine(RawFolder, "dangling.txt"), Path.Combine(RawFolder, "no-such-file"));
        var (exit, output, error) = Run(environment => NormalizeCommand.Run(environment, new NormalizeRequest([], null, Check: false)));
        Assert.Equal(2, exit);
        Assert.Contains("raw/dangling.txt:1:1: error: cannot read:", error, StringComparison.Ordinal);
        Assert.Contains("5 unchanged", output, StringComparison.Ordinal);
    }

    /// <summary>Copies of the seeds under new names, enough for a run that lasts a while.</summary>
    private Dictionary<string, string> MakeLargeCorpus(int copies)
    {
        var expected = new Dictionary<string, string>(StringComparer.Ordinal);
        var seeds = TestCorpus.RawFiles.Select(path => (Path: path, Result: TestCorpus.ProcessSeed(NatoCorpus.Corpus.RawFiles.IdOf(path)))).ToArray();
        for (var i = 0; i < copies; i++)
        {
            var (path, _) = seeds[i % seeds.Length];
            var id = $"copy{i:D5}";
            File.Copy(path, Path.Combine(RawFolder, id + ".txt"));
            var sidecar = NatoCorpus.Corpus.RawFiles.SidecarPathOf(path);
            if (File.Exists(sidecar))
            {
                File.Copy(sidecar, Path.Combine(RawFolder, id + ".meta.yaml"));
            }
        }
        var layout = CorpusLayout.At(_root);
        foreach (var file in NatoCorpus.Corpus.RawFiles.Discover([RawFolder]))
        {
            expected[NatoCorpus.Corpus.RawFiles.IdOf(file) + ".md"] = TestCorpus.Engine.Process(NatoCorpus.Corpus.RawFiles.Read(layout, file)).Markdown!;
        }
        return expected;
    }

    private Process StartNormalize(string outFolder)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "NatoCorpus.Cli.dll"), "normalize", "--out", outFolder, "--jobs", "1" })
        {
            start.ArgumentList.Add(arg);
        }
        return Process.Start(start)!;
    }

    private static void AssertEveryFileIsWhole(string folder, Dictionary<string, string> expected)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*.md"))
        {
            Assert.Equal(expected[Path.GetFileName(file)], File.ReadAllText(file));
        }
    }

    [Fact]
    public void A_run_killed_in_the_middle_leaves_only_whole_files()
    {
        var expected = MakeLargeCorpus(1500);
        var outFolder = Path.Combine(_root, "killed");
        using var process = StartNormalize(outFolder);
        // Kill once writing has begun, well before the end.
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30) && (!Directory.Exists(outFolder) || Directory.EnumerateFiles(outFolder, "*.md").Count() < 20))
        {
            Thread.Sleep(5);
        }
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        var written = Directory.EnumerateFiles(outFolder, "*.md").Count();
        Assert.InRange(written, 1, expected.Count - 1);
        AssertEveryFileIsWhole(outFolder, expected);

        // The next run completes the folder.
        using var again = StartNormalize(outFolder);
        again.WaitForExit();
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(expected.Count, Directory.EnumerateFiles(outFolder, "*.md").Count());
        AssertEveryFileIsWhole(outFolder, expected);
    }

    [Fact]
    public void Two_runs_at_once_corrupt_nothing()
    {
        var expected = MakeLargeCorpus(300);
        var outFolder = Path.Combine(_root, "twice");
        using var first = StartNormalize(outFolder);
        using var second = StartNormalize(outFolder);
        first.WaitForExit();
        second.WaitForExit();
        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Equal(expected.Count, Directory.EnumerateFiles(outFolder, "*.md").Count());
        AssertEveryFileIsWhole(outFolder, expected);
        Assert.Empty(Directory.EnumerateFiles(outFolder, "*.tmp"));
    }
}
