using System.Globalization;
using FsCheck.Xunit;
using NatoCorpus.Corpus;
using NatoCorpus.Output;
using NatoCorpus.Pipeline;

namespace NatoCorpus.Tests.Pipeline;

/// <summary>Idempotence, determinism and "nothing lost", over the seeds and over generated variants of them.</summary>
public sealed class PropertyTests
{
    [Theory]
    [MemberData(nameof(TestCorpus.SeedIds), MemberType = typeof(TestCorpus))]
    public void Normalizing_the_normalized_text_again_changes_nothing(string id)
    {
        var first = TestCorpus.ProcessSeed(id);
        AssertIdempotent(first);
    }

    [Theory]
    [MemberData(nameof(TestCorpus.SeedIds), MemberType = typeof(TestCorpus))]
    public void Output_is_the_same_bytes_under_any_culture(string id)
    {
        var expected = TestCorpus.ProcessSeed(id).Markdown;
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            foreach (var culture in new[] { "tr-TR", "fr-FR", "ar-SA", "ja-JP" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
                Assert.Equal(expected, TestCorpus.ProcessSeed(id).Markdown);
            }
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    [Theory]
    [MemberData(nameof(TestCorpus.SeedIds), MemberType = typeof(TestCorpus))]
    public void Every_word_of_the_raw_text_is_in_the_output(string id)
    {
        var result = TestCorpus.ProcessSeed(id);
        Assert.Empty(WordAccounting.Missing(result.Source!.Text, result.Markdown!));
    }

    [Fact]
    public void Word_accounting_notices_a_lost_word()
    {
        Assert.Equal(1, WordAccounting.Missing("Le secrétaire général parle.", "Le secrétaire parle.")["général"]);
    }

    /// <summary>
    /// Variants of the seeds with defects injected at random by the corpus generator (FsCheck picks the seed of the
    /// generator and shrinks it on failure): straight apostrophes, glued guillemets, single newlines between
    /// paragraphs, trailing spaces, CRLF, decomposed accents, plain spaces in numbers.
    /// </summary>
    [Property(MaxTest = 60)]
    public bool Generated_variants_are_normalized_idempotently_deterministically_and_losslessly(int seed)
    {
        var variant = SeedVariants.Make(seed);
        var first = TestCorpus.ProcessText(variant.Text, variant.Id, variant.Sidecar);
        var second = TestCorpus.ProcessText(variant.Text, variant.Id, variant.Sidecar);
        Assert.NotNull(first.Markdown);
        Assert.Equal(first.Markdown, second.Markdown);
        Assert.Empty(WordAccounting.Missing(first.Source!.Text, first.Markdown!));
        AssertIdempotent(first);
        return true;
    }

    /// <summary>The normalized title and body, fed back as a raw text, come out unchanged.</summary>
    private static void AssertIdempotent(DocumentResult first)
    {
        var (_, body) = FrontMatterReader.Split(first.Markdown!)!.Value;
        var again = TestCorpus.ProcessText($"{first.FrontMatter!.Title}\n\n{body}", "again", "date: 2020-01-01\n");
        var (_, bodyAgain) = FrontMatterReader.Split(again.Markdown!)!.Value;
        Assert.Equal(body, bodyAgain);
        Assert.Equal(first.FrontMatter.Title, again.FrontMatter!.Title);
        Assert.Empty(again.FrontMatter.Corrections);
        Assert.Empty(again.FrontMatter.Typography);
    }
}

/// <summary>Deterministic defect injection into the seed texts.</summary>
internal static class SeedVariants
{
    public sealed record Variant(string Id, string Text, string? Sidecar);

    public static Variant Make(int seed)
    {
        var random = new Random(seed);
        var path = TestCorpus.RawFiles[random.Next(TestCorpus.RawFiles.Count)];
        var id = NatoCorpus.Corpus.RawFiles.IdOf(path);
        var text = File.ReadAllText(path);
        var sidecarPath = NatoCorpus.Corpus.RawFiles.SidecarPathOf(path);
        var sidecar = File.Exists(sidecarPath) ? File.ReadAllText(sidecarPath) : null;
        // The defects the benchmark corpus carries, injected into the seed as it is.
        text = CorpusGenerator.InjectDefects(random, text);
        return new Variant(id, text, sidecar);
    }
}
