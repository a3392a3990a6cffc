using System.Diagnostics;

namespace NatoCorpus.Knowledge.Spelling;

/// <summary>
/// The shipped French dictionary, read from the library's resources the first time a word is checked and then
/// shared read-only by every thread: commands that check no word (`rules`, `init`) never pay for it.
/// </summary>
public static class Lexicon
{
    private static readonly Lazy<(HunspellDictionary Dictionary, TimeSpan LoadTime)> LazyFrench = new(LoadFrench, LazyThreadSafetyMode.ExecutionAndPublication);

    public static HunspellDictionary French => LazyFrench.Value.Dictionary;

    /// <summary>Whether the dictionary has been read in this process (tests check that some commands never read it).</summary>
    public static bool IsLoaded => LazyFrench.IsValueCreated;

    /// <summary>How long reading it took (benchmarks).</summary>
    public static TimeSpan LoadTime => LazyFrench.Value.LoadTime;

    private static (HunspellDictionary, TimeSpan) LoadFrench()
    {
        var watch = Stopwatch.StartNew();
        var assembly = typeof(Lexicon).Assembly;
        using var affix = Open(assembly, "NatoCorpus.Dictionaries.fr.fr.aff");
        using var words = Open(assembly, "NatoCorpus.Dictionaries.fr.fr.dic");
        var dictionary = HunspellDictionary.Load(affix, words);
        return (dictionary, watch.Elapsed);
    }

    private static StreamReader Open(System.Reflection.Assembly assembly, string name) =>
        new(assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"resource {name} is missing from the build"));
}
