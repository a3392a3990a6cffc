using System.Diagnostics;

namespace NatoCorpus.Knowledge.Spelling;

/// <summary>
/// A lazy holder of the shipped French dictionary: read from the library's resources the first time a word is
/// checked, then shared read-only by every thread. Commands that check no word (`rules`, `init`) never pay for it.
/// The process shares <see cref="Shared"/>; a test makes its own holder and passes it to
/// <see cref="CorpusKnowledge.Load(IEnumerable{string}, IReadOnlyList{string}?, Lexicon?)"/> to see when, and how often, it was read.
/// </summary>
public sealed class Lexicon
{
    private readonly Lazy<(HunspellDictionary Dictionary, TimeSpan LoadTime)> _french;
    private int _loads;

    private Lexicon(Func<HunspellDictionary> load) =>
        _french = new Lazy<(HunspellDictionary, TimeSpan)>(() =>
        {
            Interlocked.Increment(ref _loads);
            var watch = Stopwatch.StartNew();
            var dictionary = load();
            return (dictionary, watch.Elapsed);
        }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The holder every command of this process uses (<see cref="CorpusKnowledge.Default"/> and loaded configurations).</summary>
    public static Lexicon Shared { get; } = Shipped();

    /// <summary>A new holder of the shipped dictionary, not read yet.</summary>
    public static Lexicon Shipped() => new(LoadShippedFrench);

    public HunspellDictionary French => _french.Value.Dictionary;

    /// <summary>Whether this holder has read the dictionary.</summary>
    public bool IsLoaded => _french.IsValueCreated;

    /// <summary>How many times this holder read the dictionary: 0 before the first word checked, then 1 for good.</summary>
    public int Loads => Volatile.Read(ref _loads);

    /// <summary>How long reading it took (benchmarks).</summary>
    public TimeSpan LoadTime => _french.Value.LoadTime;

    private static HunspellDictionary LoadShippedFrench()
    {
        var assembly = typeof(Lexicon).Assembly;
        using var affix = Open(assembly, "NatoCorpus.Dictionaries.fr.fr.aff");
        using var words = Open(assembly, "NatoCorpus.Dictionaries.fr.fr.dic");
        return HunspellDictionary.Load(affix, words);
    }

    private static StreamReader Open(System.Reflection.Assembly assembly, string name) =>
        new(assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"resource {name} is missing from the build"));
}
