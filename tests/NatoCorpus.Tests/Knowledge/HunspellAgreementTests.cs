using System.Diagnostics;
using System.Globalization;
using NatoCorpus.Knowledge.Spelling;
using Xunit.Abstractions;

namespace NatoCorpus.Tests.Knowledge;

/// <summary>
/// The managed Hunspell reader against the `hunspell` program's own answers: on the committed answers
/// (Fixtures/spelling/hunspell-fr-expected.tsv, made once by make_wordlist.py with hunspell 1.7.1), always; and on
/// the same words asked of the program itself when it is installed.
/// </summary>
public sealed class HunspellAgreementTests(ITestOutputHelper output)
{
    private static readonly string Fixture = Path.Combine(TestCorpus.Root, "tests", "NatoCorpus.Tests", "Fixtures", "spelling", "hunspell-fr-expected.tsv");
    private static readonly string DictionaryStem = Path.Combine(TestCorpus.Root, "src", "NatoCorpus", "Data", "dictionaries", "fr", "fr");

    /// <summary>Accept/reject agreement the reader must reach (the issue's target).</summary>
    private const double Target = 0.99;

    private static List<(string Word, bool Accepted)> Expected() =>
        File.ReadLines(Fixture).Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(fields => (fields[0], fields[1] == "1"))
            .ToList();

    [Fact]
    public void The_reader_agrees_with_the_recorded_hunspell_answers()
    {
        var expected = Expected();
        Assert.True(expected.Count >= 20000, $"the word list has {expected.Count} words");
        var disagreements = expected.Where(pair => Lexicon.Shared.French.Check(pair.Word) != pair.Accepted).ToList();
        var agreement = 1 - (double)disagreements.Count / expected.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{expected.Count} words, {expected.Count(pair => pair.Accepted)} accepted by hunspell; agreement {agreement:F4}; {disagreements.Count} differ"));
        foreach (var (word, accepted) in disagreements.Take(50))
        {
            output.WriteLine($"  {word}: hunspell {(accepted ? "accepts" : "rejects")}");
        }
        Assert.True(agreement >= Target, string.Create(CultureInfo.InvariantCulture,
            $"agreement {agreement:F4} < {Target}: {string.Join(", ", disagreements.Take(30).Select(pair => $"{pair.Word} ({(pair.Accepted ? "hunspell accepts" : "hunspell rejects")})"))}"));
    }

    [Fact]
    public async Task The_reader_agrees_with_the_hunspell_program_when_it_is_installed()
    {
        var words = Expected().Select(pair => pair.Word).ToList();
        string listed;
        try
        {
            using var process = Process.Start(new ProcessStartInfo("hunspell", ["-d", DictionaryStem, "-l"])
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardInputEncoding = new System.Text.UTF8Encoding(false),
                StandardOutputEncoding = System.Text.Encoding.UTF8,
                Environment = { ["LC_ALL"] = "C.UTF-8" },
            })!;
            var reading = process.StandardOutput.ReadToEndAsync();
            foreach (var word in words)
            {
                await process.StandardInput.WriteAsync(word + "\n");
            }
            process.StandardInput.Close();
            listed = await reading;
            await process.WaitForExitAsync();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            output.WriteLine("SKIPPED: the hunspell program is not installed (apt-get install hunspell); the recorded answers were still compared");
            return;
        }
        var rejected = listed.Split('\n').ToHashSet(StringComparer.Ordinal);
        var differ = words.Where(word => Lexicon.Shared.French.Check(word) == rejected.Contains(word)).ToList();
        var agreement = 1 - (double)differ.Count / words.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"hunspell program: {words.Count} words, agreement {agreement:F4}"));
        Assert.True(agreement >= Target, string.Join(", ", differ.Take(30)));
    }
}
