using NatoCorpus.Commands;

namespace NatoCorpus.Tests.Commands;

/// <summary>`natocorpus recurring`: lines repeated across texts become a data file that normalize then uses.</summary>
public sealed class RecurringCommandTests : IDisposable
{
    private readonly TempCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    private void AddTexts()
    {
        for (var i = 1; i <= 4; i++)
        {
            File.WriteAllText(Path.Combine(_corpus.Root, "raw", $"site_{i}.txt"),
                $"Le Journal, le quotidien de votre région\n\nTitre numéro {i} sur l’OTAN et la défense\n\n" +
                $"Les ministres de la Défense des pays de l’OTAN se sont réunis le 1{i} mars 2024 à Bruxelles pour préparer le sommet, a déclaré le porte-parole.\n\n" +
                "Une rédaction proche de chez vous depuis 1945\n");
            File.WriteAllText(Path.Combine(_corpus.Root, "raw", $"site_{i}.meta.yaml"), $"date: 2024-03-1{i}\n");
        }
    }

    [Fact]
    public void Lines_recurring_in_enough_texts_are_written_and_then_leave_every_body()
    {
        AddTexts();
        var (exit, output, _) = _corpus.Run(environment => RecurringCommand.Run(environment, new RecurringRequest([], null, null)));
        Assert.Equal(0, exit);
        Assert.Contains("- line: \"Le Journal, le quotidien de votre région\"\n  texts: 4\n", output, StringComparison.Ordinal);
        Assert.Contains("- line: \"Une rédaction proche de chez vous depuis 1945\"\n  texts: 4\n", output, StringComparison.Ordinal);
        // Article text differs from text to text and never recurs.
        Assert.DoesNotContain("ministres", output, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(_corpus.Root, "data-recurring.yaml"), output);
        var config = Path.Combine(_corpus.Root, "natocorpus.yaml");
        File.WriteAllText(config, File.ReadAllText(config).Replace("data: []", "data: [data-recurring.yaml]", StringComparison.Ordinal));
        var normalized = _corpus.Run(environment => NormalizeCommand.Run(environment, new NormalizeRequest([Path.Combine(_corpus.Root, "raw", "site_1.txt")], null, false)));
        Assert.Equal(0, normalized.Exit);
        var markdown = File.ReadAllText(Path.Combine(_corpus.Root, "normalized", "site_1.md"));
        var body = markdown[(markdown.LastIndexOf("---\n", StringComparison.Ordinal) + 4)..];
        Assert.DoesNotContain("Le Journal", body, StringComparison.Ordinal);
        Assert.Contains("reason: line recurring in 4 texts of the corpus", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_threshold_is_at_least_two_texts_and_the_output_is_deterministic()
    {
        AddTexts();
        Assert.Equal(2, _corpus.Run(environment => RecurringCommand.Run(environment, new RecurringRequest([], 1, null))).Exit);
        var first = _corpus.Run(environment => RecurringCommand.Run(environment, new RecurringRequest([], 2, null))).Output;
        var second = _corpus.Run(environment => RecurringCommand.Run(environment, new RecurringRequest([], 2, null))).Output;
        Assert.Equal(first, second);
        Assert.Equal(3, RecurringCommand.DefaultMinTexts(10));
        Assert.Equal(40, RecurringCommand.DefaultMinTexts(2000));
    }
}
