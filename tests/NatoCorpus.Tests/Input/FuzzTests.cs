using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NatoCorpus.Output;
using NatoCorpus.Pipeline;
using NatoCorpus.Reporting;
using NatoCorpus.Rules.Typography;
using NatoCorpus.Text;

namespace NatoCorpus.Tests.Input;

/// <summary>
/// The fuzz run: 10,000 generated inputs (<see cref="FuzzInputs"/>) through the whole engine (decode, sidecar,
/// parse, rules, fixes, render, word accounting), the lint of the Markdown it writes, and every output format.
/// Every outcome must be clean: normalized (valid front matter, no control or bidi character in the file),
/// reported, or refused with a one-line reason; never an exception, and never longer than
/// <see cref="TimeBound"/> for one input. A failure names the case's seed: <c>FuzzInputs.Make(seed)</c> gives the
/// same bytes back. NATOCORPUS_FUZZ_CASES and NATOCORPUS_FUZZ_SEED run more cases or other seeds locally.
/// </summary>
public sealed class FuzzTests
{
    private const int DefaultCases = 10_000;
    private const int DefaultFirstSeed = 20_261_125;

    /// <summary>
    /// Far above the slowest case seen (11 s: a 485 kB UTF-16 text with 73,000 findings, run alone, every code path
    /// cold; 0.6 s warm), before large cases were capped at 250 kB; a quadratic step on such a line takes minutes.
    /// </summary>
    private static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(30);

    private static readonly CorpusEngine Engine = TestCorpus.Engine;

    [Fact]
    public async Task Ten_thousand_generated_inputs_run_through_engine_and_reporters_without_a_crash_or_a_hang()
    {
        var cases = Environment.GetEnvironmentVariable("NATOCORPUS_FUZZ_CASES") is { } count ? int.Parse(count, CultureInfo.InvariantCulture) : DefaultCases;
        var first = Environment.GetEnvironmentVariable("NATOCORPUS_FUZZ_SEED") is { } seed ? int.Parse(seed, CultureInfo.InvariantCulture) : DefaultFirstSeed;
        var failures = new ConcurrentQueue<string>();
        var next = -1;
        var workers = Math.Max(2, Environment.ProcessorCount);
        // What each worker is running and since when, for the watchdog: a hung case cannot be stopped, but the
        // test fails naming it instead of hanging the run.
        var running = new (int Seed, long Since)[workers];
        var clock = Stopwatch.StartNew();
        (long Ticks, int Seed) slowest = (0, 0);
        var tasks = Enumerable.Range(0, workers).Select(worker => Task.Factory.StartNew(() =>
        {
            for (var i = Interlocked.Increment(ref next); i < cases && failures.IsEmpty; i = Interlocked.Increment(ref next))
            {
                var caseSeed = first + i;
                running[worker].Seed = caseSeed;
                Volatile.Write(ref running[worker].Since, clock.ElapsedTicks);
                try
                {
                    if (Check(FuzzInputs.Make(caseSeed)) is { } problem)
                    {
                        failures.Enqueue($"seed {caseSeed}: {problem}");
                    }
                }
                catch (Exception exception)
                {
                    failures.Enqueue($"seed {caseSeed}: crash: {exception}");
                }
                var took = clock.ElapsedTicks - running[worker].Since;
                lock (failures)
                {
                    slowest = took > slowest.Ticks ? (took, caseSeed) : slowest;
                }
                Volatile.Write(ref running[worker].Since, long.MaxValue);
            }
        }, TaskCreationOptions.LongRunning)).ToArray();
        var all = Task.WhenAll(tasks);
        while (await Task.WhenAny(all, Task.Delay(200)) != all)
        {
            for (var worker = 0; worker < workers; worker++)
            {
                var since = Volatile.Read(ref running[worker].Since);
                if (since != long.MaxValue && TimeSpan.FromTicks((long)((clock.ElapsedTicks - since) * (TimeSpan.TicksPerSecond / (double)Stopwatch.Frequency))) > TimeBound)
                {
                    Assert.Fail($"seed {running[worker].Seed}: hang: still running after {TimeBound.TotalSeconds} s ({Describe(running[worker].Seed)})");
                }
            }
        }
        Assert.True(failures.IsEmpty, string.Join("\n\n", failures.Take(5)));
        // The run is also a measurement: shown with --logger "console;verbosity=detailed".
        Console.WriteLine($"fuzz: {cases} cases from seed {first} in {clock.Elapsed.TotalSeconds:F1} s on {workers} workers; slowest: seed {slowest.Seed}, {slowest.Ticks * 1000.0 / Stopwatch.Frequency:F0} ms ({Describe(slowest.Seed)})");
    }

    [Fact]
    public void A_case_is_made_from_its_seed_alone()
    {
        foreach (var seed in new[] { 1, 2, 3, 4, 77, DefaultFirstSeed })
        {
            var (a, b) = (FuzzInputs.Make(seed), FuzzInputs.Make(seed));
            Assert.Equal(a.Bytes, b.Bytes);
            Assert.Equal((a.Kind, a.RelativePath, a.ReportedPath), (b.Kind, b.RelativePath, b.ReportedPath));
            Assert.Equal(a.Sidecar, b.Sidecar);
        }
        // The four kinds, and some large inputs, are all in the run.
        var made = Enumerable.Range(DefaultFirstSeed, 2000).Select(FuzzInputs.Make).ToArray();
        Assert.Equal(["bytes", "html", "mutation", "structure", "unicode"], made.Select(item => item.Kind).Distinct().Order(StringComparer.Ordinal));
        Assert.InRange(made.Count(item => item.Bytes.Length > 20_000), 3, 60);
        Assert.InRange(made.Average(item => item.Bytes.Length), 300, 6000);
    }

    private static string Describe(int seed)
    {
        var item = FuzzInputs.Make(seed);
        return $"{item.Kind}, {item.Bytes.Length} bytes as {item.RelativePath}";
    }

    /// <summary>Null when the case's outcome is clean; else what is wrong.</summary>
    private static string? Check(FuzzCase item)
    {
        var input = new RawInput("fuzz", item.RelativePath, item.Bytes, item.Sidecar is null ? null : "raw/fuzz.meta.yaml", item.Sidecar);
        var result = Engine.Process(input);
        if (result.Error is { } error)
        {
            if (string.IsNullOrWhiteSpace(error.Message) || error.Message.Contains('\n', StringComparison.Ordinal))
            {
                return $"refusal is not one line: {error.Message}";
            }
        }
        else if (result.Markdown is { } markdown)
        {
            if (CheckNormalized(markdown) is { } problem)
            {
                return problem;
            }
            // The file normalize writes is linted as Markdown by `check` and `lint`.
            Engine.ProcessMarkdown(new RawInput("fuzz", "normalized/fuzz.md", Encoding.UTF8.GetBytes(markdown)));
        }
        else if (result.UnresolvedErrors == 0)
        {
            return "not written, yet no error says why";
        }
        if (item.Kind == "structure" && item.Seed % 3 == 0)
        {
            // Raw text read as a normalized Markdown file: front matter or not, any shape.
            Engine.ProcessMarkdown(input with { RelativePath = "normalized/fuzz.md" });
        }
        Engine.DisplaySource(input);
        return CheckReports(item, result);
    }

    private static string? CheckNormalized(string markdown)
    {
        for (var i = 0; i < markdown.Length; i++)
        {
            var c = markdown[i];
            if ((char.IsControl(c) && c is not ('\n' or '\t')) || InvisibleCharacters.IsBidiControl(c))
            {
                return $"U+{(int)c:X4} written to normalized/ at offset {i}";
            }
            if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < markdown.Length && char.IsLowSurrogate(markdown[++i])))
            {
                return $"unpaired surrogate written to normalized/ at offset {i}";
            }
        }
        var problems = FrontMatterSchema.Validate(markdown);
        return problems.Count == 0 ? null : $"invalid front matter: {string.Join("; ", problems)}";
    }

    /// <summary>Every format renders; the line formats print nothing hidden, forge no line and issue no workflow command.</summary>
    private static string? CheckReports(FuzzCase item, DocumentResult result)
    {
        var report = new LintReport([new FileReport(item.ReportedPath, result.Source, result.Diagnostics, result.Error is { } error ? error with { Path = item.ReportedPath } : null)]);
        foreach (var format in Reporters.Formats)
        {
            var writer = new StringWriter { NewLine = "\n" };
            Reporters.For(format, color: false).Write(writer, report);
            var output = writer.ToString();
            if (format is "json" or "sarif")
            {
                using var _ = JsonDocument.Parse(output);
                continue;
            }
            var lines = output.TrimEnd('\n').Split('\n');
            var expected = format == "github"
                ? result.Diagnostics.Count + (result.Error is null ? 0 : 1) + 1
                : result.Error is not null ? 2
                // A finding in the sidecar (NC107, NC108) shows no excerpt of the text: one line, not three.
                : 3 * result.Diagnostics.Count(diagnostic => diagnostic.Path is null) + result.Diagnostics.Count(diagnostic => diagnostic.Path is not null) + 1;
            if (lines.Length != expected)
            {
                return $"{format}: {lines.Length} lines where {expected} were due";
            }
            for (var n = 0; n < lines.Length; n++)
            {
                var line = lines[n];
                if (line.EnumerateRunes().FirstOrDefault(rune => Printable.IsHidden(rune.Value)) is { Value: not 0 } hidden)
                {
                    return $"{format}: U+{hidden.Value:X4} printed on line {n + 1}";
                }
                var command = line.TrimStart().StartsWith("::", StringComparison.Ordinal);
                if (line.Contains("##[", StringComparison.Ordinal) || (command && (format == "text" || n == lines.Length - 1)) || (!command && format == "github" && n < lines.Length - 1))
                {
                    return $"{format}: line {n + 1} is or is not a workflow command: {line}";
                }
            }
        }
        return null;
    }
}
