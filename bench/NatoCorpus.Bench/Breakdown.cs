using System.Diagnostics;
using NatoCorpus.Input;
using NatoCorpus.Knowledge;
using NatoCorpus.Parsing;
using NatoCorpus.Pipeline;
using NatoCorpus.Rules;
using NatoCorpus.Text;

namespace NatoCorpus.Bench;

/// <summary>
/// Where a text's time goes, stage by stage, on one thread with the texts in memory: data loading, read, decode,
/// parse, each rule, and the whole engine for lint (no rendering) and normalize (rendering, front matter, word
/// accounting); what is left of the engine after decode, parse and rules is metadata, fixes, render and accounting.
/// </summary>
public static class Breakdown
{
    public static void Run(string folder)
    {
        var clock = Stopwatch.StartNew();
        var knowledge = CorpusKnowledge.Default;
        Console.WriteLine($"load: data files {clock.Elapsed.TotalMilliseconds:F0} ms");
        clock.Restart();
        knowledge.Speller?.IsKnown("bonjour");
        Console.WriteLine($"load: dictionary {clock.Elapsed.TotalMilliseconds:F0} ms");

        clock.Restart();
        var inputs = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(path => (Path: path, Sidecar: Path.ChangeExtension(path, ".meta.yaml")))
            .Select(file => new RawInput(
                Path.GetFileNameWithoutExtension(file.Path), "raw/" + Path.GetFileName(file.Path), File.ReadAllBytes(file.Path),
                File.Exists(file.Sidecar) ? "raw/" + Path.GetFileName(file.Sidecar) : null,
                File.Exists(file.Sidecar) ? File.ReadAllBytes(file.Sidecar) : null))
            .ToArray();
        var megabytes = inputs.Sum(input => input.Bytes.Length) / 1e6;
        Console.WriteLine($"read: {inputs.Length} texts, {megabytes:F1} MB in {clock.Elapsed.TotalMilliseconds:F0} ms");

        var parser = new DocumentParser(knowledge);
        var rules = RuleCatalog.All;
        var lint = new CorpusEngine(new EngineOptions(), renderOutput: false);
        var normalize = new CorpusEngine(new EngineOptions());
        for (var round = 0; round < 3; round++)
        {
            var pause = GC.GetTotalPauseDuration();
            var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var ruleTimes = new double[rules.Count];
            double decode = 0, parse = 0, lintTotal = 0, normalizeTotal = 0;
            long allocatedLint = 0, allocatedNormalize = 0;
            foreach (var input in inputs)
            {
                var start = ThreadClock.Now();
                var decoded = RawDecoder.Decode(input.Bytes);
                decode += ThreadClock.Since(start);
                var source = new SourceText(decoded.Text);
                start = ThreadClock.Now();
                var document = parser.Parse(source);
                parse += ThreadClock.Since(start);
                var metadata = MetadataResolver.Resolve(document, null, knowledge);
                var context = new RuleContext(
                    new Model.InputFacts(decoded.Encoding, decoded.HadByteOrderMark, decoded.CrlfCount, decoded.LoneCrCount, [], false),
                    document, metadata, knowledge, '\u00A0', rule => rule.DefaultSeverity);
                for (var i = 0; i < rules.Count; i++)
                {
                    start = ThreadClock.Now();
                    rules[i].Check(context);
                    ruleTimes[i] += ThreadClock.Since(start);
                }
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                start = ThreadClock.Now();
                lint.Process(input);
                lintTotal += ThreadClock.Since(start);
                allocatedLint += GC.GetAllocatedBytesForCurrentThread() - allocated;
                allocated = GC.GetAllocatedBytesForCurrentThread();
                start = ThreadClock.Now();
                normalize.Process(input);
                normalizeTotal += ThreadClock.Since(start);
                allocatedNormalize += GC.GetAllocatedBytesForCurrentThread() - allocated;
            }
            var ruleTotal = ruleTimes.Sum();
            Console.WriteLine($"round {round}: decode {decode:F0} ms, parse {parse:F0} ms, rules {ruleTotal:F0} ms; engine lint {lintTotal:F0} ms "
                + $"({megabytes / lintTotal * 1000:F1} MB/s, {allocatedLint / 1e6:F0} MB allocated), normalize {normalizeTotal:F0} ms "
                + $"({megabytes / normalizeTotal * 1000:F1} MB/s, {allocatedNormalize / 1e6:F0} MB allocated); "
                + $"lint rest (metadata, language, fixes) {lintTotal - decode - parse - ruleTotal:F0} ms, normalize render+accounting {normalizeTotal - lintTotal:F0} ms");
            Console.WriteLine($"  GC pauses {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms; collections gen0 {GC.CollectionCount(0) - collections.Item1}, "
                + $"gen1 {GC.CollectionCount(1) - collections.Item2}, gen2 {GC.CollectionCount(2) - collections.Item3}");
            if (round == 2)
            {
                foreach (var (rule, time) in rules.Zip(ruleTimes).OrderByDescending(pair => pair.Second).Take(15))
                {
                    Console.WriteLine($"  {rule.Descriptor.Id} {rule.Descriptor.Name}: {time:F0} ms");
                }
            }
        }
    }
}

/// <summary>What a regex timeout costs per call: the furniture patterns on every short line, with and without one.</summary>
public static class TimeoutCost
{
    public static void Run(string folder)
    {
        var lines = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).Take(500)
            .SelectMany(File.ReadLines).Where(line => line.Length is > 0 and <= 400).ToArray();
        var patterns = CorpusKnowledge.Default.Furniture.Select(pattern => pattern.Pattern.ToString()).ToArray();
        foreach (var timeout in new[] { TimeSpan.FromSeconds(1), System.Text.RegularExpressions.Regex.InfiniteMatchTimeout, TimeSpan.FromSeconds(1), System.Text.RegularExpressions.Regex.InfiniteMatchTimeout })
        {
            foreach (var compiled in new[] { true, false })
            {
                var options = System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase
                    | (compiled ? System.Text.RegularExpressions.RegexOptions.Compiled : 0);
                var regexes = patterns.Select(pattern => new System.Text.RegularExpressions.Regex(pattern, options, timeout)).ToArray();
                foreach (var regex in regexes)
                {
                    regex.IsMatch("warm up");
                }
                var clock = Stopwatch.StartNew();
                var hits = 0;
                for (var round = 0; round < 3; round++)
                {
                    foreach (var regex in regexes)
                    {
                        foreach (var line in lines)
                        {
                            hits += regex.IsMatch(line) ? 1 : 0;
                        }
                    }
                }
                Console.WriteLine($"timeout {(timeout == System.Text.RegularExpressions.Regex.InfiniteMatchTimeout ? "none" : "1 s")}, compiled {compiled}: "
                    + $"{clock.Elapsed.TotalMilliseconds:F0} ms for {3 * regexes.Length * lines.Length} calls ({hits} hits)");
            }
        }
    }
}
