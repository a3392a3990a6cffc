using BenchmarkDotNet.Running;
using NatoCorpus.Bench;

// bench generate --count N --out DIR [--seed S] [--seeds DIR] | bench throughput --in DIR | bench micro [BenchmarkDotNet args]
switch (args.FirstOrDefault())
{
    case "generate":
        var count = int.Parse(Option(args, "--count") ?? "20000", System.Globalization.CultureInfo.InvariantCulture);
        var output = Option(args, "--out") ?? throw new ArgumentException("--out DIR is required");
        var seed = int.Parse(Option(args, "--seed") ?? "20261125", System.Globalization.CultureInfo.InvariantCulture);
        var seeds = Option(args, "--seeds") ?? Path.Combine(Program.RepositoryRoot(), "raw");
        CorpusGenerator.Generate(seeds, output, count, seed);
        Console.WriteLine($"wrote {count} texts to {output}");
        return 0;
    case "throughput":
        // The engine alone, on texts held in memory: no disk, no output. bench throughput --in DIR/raw
        var folder = Option(args, "--in") ?? throw new ArgumentException("--in DIR is required");
        var inputs = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(path => (Path: path, Sidecar: Path.ChangeExtension(path, ".meta.yaml")))
            .Select(file => new NatoCorpus.Pipeline.RawInput(
                Path.GetFileNameWithoutExtension(file.Path), "raw/" + Path.GetFileName(file.Path), File.ReadAllBytes(file.Path),
                File.Exists(file.Sidecar) ? "raw/" + Path.GetFileName(file.Sidecar) : null,
                File.Exists(file.Sidecar) ? File.ReadAllBytes(file.Sidecar) : null))
            .ToArray();
        var engine = new NatoCorpus.Pipeline.CorpusEngine(new NatoCorpus.Pipeline.EngineOptions());
        var megabytes = inputs.Sum(input => input.Bytes.Length) / 1e6;
        for (var round = 0; round < 3; round++)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            foreach (var input in inputs)
            {
                engine.Process(input);
            }
            Console.WriteLine($"round {round}: {inputs.Length} texts, {megabytes:F1} MB in {clock.Elapsed.TotalSeconds:F2} s = {megabytes / clock.Elapsed.TotalSeconds:F1} MB/s (one thread)");
        }
        return 0;
    case "micro":
        BenchmarkSwitcher.FromAssembly(typeof(HotPathBenchmarks).Assembly).Run(args[1..]);
        return 0;
    default:
        Console.Error.WriteLine("usage: bench generate --count N --out DIR [--seed S] | bench micro [args]");
        return 2;
}

static string? Option(string[] args, string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

public static partial class Program
{
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NatoCorpus.sln")))
            {
                return directory.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }
}
