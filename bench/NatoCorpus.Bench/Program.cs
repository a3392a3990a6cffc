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
        NatoCorpus.Corpus.CorpusGenerator.FromFolder(seeds).Write(output, count, seed);
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
    case "stages":
    {
        // Where a text's time goes: each recognizer, then the rest of the engine. bench stages --in DIR/raw
        var texts = Directory.EnumerateFiles(Option(args, "--in") ?? throw new ArgumentException("--in DIR is required"), "*.txt")
            .Order(StringComparer.Ordinal).Select(path => new NatoCorpus.Text.SourceText(File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal))).ToArray();
        var knowledge = NatoCorpus.Knowledge.CorpusKnowledge.Default;
        var reader = new NatoCorpus.Parsing.Dates.DateReader(knowledge);
        NatoCorpus.Parsing.Recognition.ILineRecognizer[] recognizers =
        [
            new NatoCorpus.Parsing.Recognition.FrontMatterRecognizer(), new NatoCorpus.Parsing.Recognition.EmbedRecognizer(),
            new NatoCorpus.Parsing.Recognition.StampRecognizer(), new NatoCorpus.Parsing.Recognition.BylineRecognizer(),
            new NatoCorpus.Parsing.Recognition.CreditRecognizer(), new NatoCorpus.Parsing.Recognition.FurnitureRecognizer(),
            new NatoCorpus.Parsing.Recognition.CaptionRecognizer(), new NatoCorpus.Parsing.Recognition.TitleRecognizer(),
            new NatoCorpus.Parsing.Recognition.ContentClassifier(), new NatoCorpus.Parsing.Recognition.DuplicateRecognizer(),
        ];
        for (var round = 0; round < 3; round++)
        {
            var times = new double[recognizers.Length + 1];
            var bytes = new long[recognizers.Length + 1];
            foreach (var text in texts)
            {
                var clock = NatoCorpus.Bench.ThreadClock.Now();
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var context = new NatoCorpus.Parsing.Recognition.RecognitionContext(text, knowledge, reader, 1);
                times[^1] += NatoCorpus.Bench.ThreadClock.Since(clock);
                bytes[^1] += GC.GetAllocatedBytesForCurrentThread() - allocated;
                for (var i = 0; i < recognizers.Length; i++)
                {
                    clock = NatoCorpus.Bench.ThreadClock.Now();
                    allocated = GC.GetAllocatedBytesForCurrentThread();
                    recognizers[i].Recognize(context);
                    times[i] += NatoCorpus.Bench.ThreadClock.Since(clock);
                    bytes[i] += GC.GetAllocatedBytesForCurrentThread() - allocated;
                }
            }
            var dateClock = System.Diagnostics.Stopwatch.StartNew();
            var withDigits = 0;
            foreach (var text in texts)
            {
                for (var line = 1; line <= text.LineCount; line++)
                {
                    var lineText = text.LineText(line);
                    if (lineText.Length <= 220 && lineText.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
                    {
                        withDigits++;
                        reader.Times(lineText, reader.Dates(lineText));
                    }
                }
            }
            Console.WriteLine($"  date reader on {withDigits} short lines with digits: {dateClock.Elapsed.TotalMilliseconds:F0} ms");
            if (round == 2)
            {
                var lines = texts.SelectMany(text => Enumerable.Range(1, text.LineCount).Select(text.LineText)).Where(line => line.Length is > 0 and <= 400).ToArray();
                foreach (var pattern in knowledge.Furniture.Concat(knowledge.FurnitureSuffixes).Concat(knowledge.Bylines).Concat(knowledge.Credits).Concat(knowledge.StampLines))
                {
                    var patternClock = System.Diagnostics.Stopwatch.StartNew();
                    foreach (var line in lines)
                    {
                        pattern.Pattern.IsMatch(line);
                    }
                    Console.WriteLine($"  {pattern.Name}: {patternClock.Elapsed.TotalMilliseconds:F1} ms on {lines.Length} lines");
                }
            }
            Console.WriteLine($"  gen0 GCs so far {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}, allocated {GC.GetTotalAllocatedBytes() / 1e6:F0} MB");
            Console.WriteLine($"  allocated: context {bytes[^1] / 1e6:F0} MB; " + string.Join("; ", recognizers.Select((recognizer, i) => $"{recognizer.Name} {bytes[i] / 1e6:F0} MB")));
            Console.WriteLine($"round {round}: context {times[^1]:F0} ms; " + string.Join("; ", recognizers.Select((recognizer, i) => $"{recognizer.Name} {times[i]:F0} ms")));
        }
        return 0;
    }
    case "breakdown":
        // Where a text's time goes, one thread, texts in memory: bench breakdown --in DIR/raw
        Breakdown.Run(Option(args, "--in") ?? throw new ArgumentException("--in DIR is required"));
        return 0;
    case "timeout-cost":
        TimeoutCost.Run(Option(args, "--in") ?? throw new ArgumentException("--in DIR is required"));
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
