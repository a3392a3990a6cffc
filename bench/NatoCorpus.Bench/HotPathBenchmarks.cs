using BenchmarkDotNet.Attributes;
using NatoCorpus.Pipeline;

namespace NatoCorpus.Bench;

/// <summary>Micro-benchmarks of the hot paths, on the seed texts (run: bench/micro).</summary>
[MemoryDiagnoser]
public class HotPathBenchmarks
{
    private readonly CorpusEngine _engine = new(new EngineOptions());
    private RawInput[] _inputs = [];

    [GlobalSetup]
    public void Setup()
    {
        var raw = Path.Combine(Program.RepositoryRoot(), "raw");
        _inputs = Directory.EnumerateFiles(raw, "*.txt").Order(StringComparer.Ordinal)
            .Select(path => new RawInput(Path.GetFileNameWithoutExtension(path), "raw/" + Path.GetFileName(path), File.ReadAllBytes(path)))
            .ToArray();
    }

    [Benchmark(Description = "engine: process the five seeds")]
    public int ProcessSeeds()
    {
        var total = 0;
        foreach (var input in _inputs)
        {
            total += _engine.Process(input).Diagnostics.Count;
        }
        return total;
    }

    [Benchmark(Description = "word accounting of one seed")]
    public int WordAccounting() => Pipeline.WordAccounting.Missing(System.Text.Encoding.UTF8.GetString(_inputs[1].Bytes), System.Text.Encoding.UTF8.GetString(_inputs[1].Bytes)).Count;
}
