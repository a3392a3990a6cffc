using System.Text;
using NatoCorpus.Pipeline;

namespace NatoCorpus.Tests.Input;

/// <summary>
/// Random bytes and random mutations of the seed texts, a bounded number of deterministic cases: every outcome is
/// clean (normalized, reported, or refused with a one-line reason), never an exception.
/// </summary>
public sealed class FuzzTests
{
    private const int Cases = 400;

    [Fact]
    public void Random_bytes_are_refused_or_processed_never_crash()
    {
        var random = new Random(20261125);
        for (var i = 0; i < Cases; i++)
        {
            var bytes = new byte[random.Next(0, 3000)];
            random.NextBytes(bytes);
            AssertClean(bytes, $"random case {i}");
        }
    }

    [Fact]
    public void Mutated_seed_texts_are_refused_or_processed_never_crash()
    {
        var random = new Random(4242);
        var seeds = TestCorpus.RawFiles.Select(File.ReadAllBytes).ToArray();
        for (var i = 0; i < Cases; i++)
        {
            var bytes = seeds[random.Next(seeds.Length)].ToList();
            for (var m = random.Next(1, 8); m > 0 && bytes.Count > 0; m--)
            {
                var at = random.Next(bytes.Count);
                switch (random.Next(6))
                {
                    case 0: bytes[at] = (byte)random.Next(256); break;
                    case 1: bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 200))); break;
                    case 2: bytes.InsertRange(at, Encoding.UTF8.GetBytes(Pick(random, ["«", "»", "\n", "\r\n", "'", " : ", "<p>", "— A (@b) May 1, 2020", "\u200B", "e\u0301", "Ã©", "  • 1 Feb. 2021 -\n"]))); break;
                    case 3: bytes.InsertRange(at, bytes.GetRange(at, Math.Min(bytes.Count - at, random.Next(1, 500)))); break;
                    case 4: bytes.RemoveRange(at, bytes.Count - at); break;
                    default: bytes.Insert(at, (byte)random.Next(0x80, 0x100)); break;
                }
            }
            AssertClean(bytes.ToArray(), $"mutation case {i}");
        }
    }

    private static string Pick(Random random, string[] options) => options[random.Next(options.Length)];

    private static void AssertClean(byte[] bytes, string name)
    {
        DocumentResult result;
        try
        {
            result = TestCorpus.Engine.Process(new RawInput("fuzz", "raw/fuzz.txt", bytes));
        }
        catch (Exception exception)
        {
            Assert.Fail($"{name}: {exception}\nbytes: {Convert.ToBase64String(bytes)}");
            return;
        }
        if (result.Error is { } error)
        {
            Assert.False(string.IsNullOrWhiteSpace(error.Message), name);
            Assert.DoesNotContain('\n', error.Message);
        }
        else if (result.Markdown is not null)
        {
            Assert.Empty(WordAccounting.Missing(result.Source!.Text, result.Markdown));
        }
        else
        {
            Assert.True(result.UnresolvedErrors > 0, $"{name}: not written, yet no error says why");
        }
    }
}
