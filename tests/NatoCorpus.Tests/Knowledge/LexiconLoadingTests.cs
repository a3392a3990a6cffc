using NatoCorpus.Commands;
using NatoCorpus.Corpus;
using NatoCorpus.Knowledge;
using NatoCorpus.Knowledge.Spelling;
using NatoCorpus.Pipeline;

namespace NatoCorpus.Tests.Knowledge;

/// <summary>
/// Issue 12's cost target: the dictionary loads once and lazily, and `rules` and `init` never pay for it. Each test
/// gives the commands a holder of its own (no process-wide state to share with other tests running in parallel)
/// and counts how often it read the dictionary.
/// </summary>
public sealed class LexiconLoadingTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("natocorpus-lexicon-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private CommandEnvironment Environment(Lexicon lexicon, StringWriter output) =>
        new(_root, CorpusLayout.At(_root), new EngineOptions { Knowledge = CorpusKnowledge.Load([], lexicon: lexicon) }, output, output);

    [Fact]
    public void Rules_and_init_never_read_the_dictionary_and_lint_reads_it_once()
    {
        var lexicon = Lexicon.Shipped();
        var output = new StringWriter();
        var environment = Environment(lexicon, output);
        // Loading the knowledge (every data file, the accept lists) reads no dictionary.
        Assert.Equal(0, lexicon.Loads);

        Assert.Equal(ExitCodes.Clean, RulesCommand.Run(output, output, null));
        Assert.Equal(ExitCodes.Clean, RulesCommand.Run(output, output, "NC304"));
        Assert.Equal(ExitCodes.Clean, InitCommand.Run(environment, force: false));
        Assert.True(File.Exists(Path.Combine(_root, CorpusLayout.ConfigFileName)));
        Assert.Equal(0, lexicon.Loads);
        Assert.False(lexicon.IsLoaded);

        Directory.CreateDirectory(Path.Combine(_root, "raw"));
        var text = Path.Combine(_root, "raw", "a.txt");
        File.WriteAllText(text, "Titre de l’article\n\nLe ministre a décidé dannoncer un sommet à Vilnius.\n");
        File.WriteAllText(Path.Combine(_root, "raw", "a.meta.yaml"), "date: 2021-02-11\n");
        LintCommand.Run(environment, new LintRequest([text], "text", Color: false, Jobs: 2));
        Assert.Contains("NC304", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, lexicon.Loads);
        // Read once for good: a second command, and normalize with its parallel workers, reuse it.
        LintCommand.Run(environment, new LintRequest([text], "text", Color: false, Jobs: 2));
        NormalizeCommand.Run(environment, new NormalizeRequest([], Path.Combine(_root, "out"), Check: false, Jobs: 2));
        Assert.Equal(1, lexicon.Loads);
    }

    [Fact]
    public void A_holder_is_not_read_until_a_word_is_checked()
    {
        var lexicon = Lexicon.Shipped();
        var knowledge = CorpusKnowledge.Load([], lexicon: lexicon);
        Assert.Same(lexicon, knowledge.Lexicon);
        Assert.Equal(0, lexicon.Loads);
        Assert.True(knowledge.Speller.IsKnown("Iraq"));
        // An accepted house spelling is answered from the accept list; the dictionary is read for the first other word.
        Assert.True(knowledge.Speller.IsKnown("militaire"));
        Assert.Equal(1, lexicon.Loads);
    }
}
