using NatoCorpus.Commands;

namespace NatoCorpus.Tests.Commands;

/// <summary>
/// The commands end to end on a corpus with a hostile file name and a hostile committed normalized file: what lint,
/// check and normalize --check print holds no raw control or bidi character and no workflow command.
/// </summary>
public sealed class HostileOutputCommandTests : IDisposable
{
    private const string Name = "bad\n::error file=raw\u202Ex.txt::forged\u001b[2J";

    private readonly TempCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    private static void AssertPrintable(string printed)
    {
        Reporting.OutputSafetyTests.AssertNothingHidden(printed);
        foreach (var line in printed.Split('\n'))
        {
            Assert.False(line.TrimStart().StartsWith("::", StringComparison.Ordinal), line);
            Assert.DoesNotContain("##[", line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Lint_check_and_normalize_check_print_a_hostile_name_and_text_escaped()
    {
        var seed = Path.Combine(_corpus.Root, "raw", "000_74c7c2f7b85c15bf.txt");
        File.Copy(seed, Path.Combine(_corpus.Root, "raw", Name + ".txt"));
        var normalized = Path.Combine(_corpus.Root, "normalized", "002_80dbe67e56024610.md");
        // A committed normalized file someone edited: its diff shows these lines as context.
        var lines = File.ReadAllLines(normalized).ToList();
        var at = lines.FindIndex(line => line.Length > 40 && !line.Contains(':', StringComparison.Ordinal));
        lines.InsertRange(at, ["::error file=raw/x.txt,line=1::forged", "  ::add-mask::secret", "\u001b]0;title\u0007 ##[group]x \u202Eevil"]);
        File.WriteAllText(normalized, string.Join("\n", lines) + "\n");

        var (_, lint, lintError) = _corpus.Run(environment => LintCommand.Run(environment, new LintRequest([], "text", false)));
        Assert.Contains("raw/bad<U+000A><U+003A>:error file=raw<U+202E>x.txt::forged<U+001B>[2J.txt:", lint, StringComparison.Ordinal);
        var (_, github, _) = _corpus.Run(environment => LintCommand.Run(environment, new LintRequest([], "github", false)));
        Assert.Contains("file=raw/bad%0A%3A%3Aerror file=raw<U+202E>x.txt%3A%3Aforged<U+001B>[2J.txt,", github, StringComparison.Ordinal);
        // Its own lines are the workflow commands; nothing from the file adds one or hides anything.
        Reporting.OutputSafetyTests.AssertNothingHidden(github);
        Assert.DoesNotContain("##[", github, StringComparison.Ordinal);
        Assert.Equal(github.Split('\n').Length - 2, github.Split('\n').Count(line => line.StartsWith("::", StringComparison.Ordinal)));

        var (checkExit, check, checkError) = _corpus.Run(environment =>
            CheckCommand.Run(environment, new CheckRequest("text", false, null, UseCache: false) { DiffFormat = NatoCorpus.Corpus.DiffFormat.Unified }));
        Assert.Equal(1, checkExit);
        // A removed line starts with "-": not a command, shown as it is; what is hidden is shown by code.
        Assert.Contains("\n-::error file=raw/x.txt,line=1::forged\n", check, StringComparison.Ordinal);
        Assert.Contains("\n-<U+001B>]0;title<U+0007> ##<U+005B>group]x <U+202E>evil\n", check, StringComparison.Ordinal);

        var (normalizeExit, normalize, normalizeError) = _corpus.Run(environment =>
            NormalizeCommand.Run(environment, new NormalizeRequest([], null, Check: true) { DiffFormat = NatoCorpus.Corpus.DiffFormat.Unified }));
        Assert.Equal(1, normalizeExit);
        Assert.Contains("-<U+001B>]0;title<U+0007> ##<U+005B>group]x <U+202E>evil", normalize, StringComparison.Ordinal);
        Assert.Contains("normalized/bad<U+000A><U+003A>:error", normalize, StringComparison.Ordinal);

        // The word diffs (the default) escape the same way, piece by piece, in colour or not.
        var (_, words, wordsError) = _corpus.Run(environment => NormalizeCommand.Run(environment, new NormalizeRequest([], null, Check: true)));
        Assert.Contains("[-<U+003A>:error file=raw/x.txt,line=1::forged↵", words, StringComparison.Ordinal);
        Assert.Contains("<U+001B>]0;title<U+0007> ##<U+005B>group]x <U+202E>evil", words, StringComparison.Ordinal);
        var (_, checkWords, _) = _corpus.Run(environment => CheckCommand.Run(environment, new CheckRequest("text", false, null, UseCache: false)));
        var (_, colored, _) = _corpus.Run(environment => NormalizeCommand.Run(environment, new NormalizeRequest([], null, Check: true) { Color = true }));
        var uncolored = colored.Replace("\u001b[31m", "", StringComparison.Ordinal).Replace("\u001b[32m", "", StringComparison.Ordinal)
            .Replace("\u001b[0m", "", StringComparison.Ordinal);

        foreach (var printed in new[] { lint, lintError, check, checkError, normalize, normalizeError, words, wordsError, checkWords, uncolored })
        {
            AssertPrintable(printed);
        }
    }
}
