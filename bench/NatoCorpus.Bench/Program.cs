using BenchmarkDotNet.Running;
using NatoCorpus.Bench;

// bench generate --count N --out DIR [--seed S] [--seeds DIR] | bench micro [BenchmarkDotNet args]
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
