using System.Security.Cryptography;
using NatoCorpus.Corpus;
using NatoCorpus.Knowledge;
using NatoCorpus.Output;
using NatoCorpus.Pipeline;
using NatoCorpus.Reporting;
using NatoCorpus.Rules;
using NatoCorpus.Text;

namespace NatoCorpus.Commands;

public sealed record CheckRequest(
    string Format, bool Color, int? MaxWarnings, int Jobs = 0, string? ChangedSince = null, string? Shard = null, bool UseCache = true,
    string? CacheLocation = null, FocusOptions? Focus = null)
{
    /// <summary>The reports to write (formats and files); null for <see cref="Format"/> on standard output.</summary>
    public IReadOnlyList<ReportTarget>? Targets { get; init; }

    /// <summary>How the text report shows a stale file's differences (default: the changed words).</summary>
    public DiffFormat DiffFormat { get; init; } = DiffFormat.Words;
}

/// <summary>
/// `natocorpus check`, the CI command: lint of the corpus, `normalize --check` and schema validation of every
/// file in normalized/, as one report in any format. It reports what fails: findings normalize does not resolve,
/// stale or invalid normalized files, orphans. With the cache, an unchanged text costs reading and hashing its
/// files, no parsing: the SHA-256 of their bytes decides, never their size or modification time.
/// </summary>
public static class CheckCommand
{
    public static RuleDescriptor Stale => InternalChecks.StaleNormalized;

    public static RuleDescriptor InvalidFrontMatter => InternalChecks.InvalidFrontMatter;

    public static RuleDescriptor Orphan => InternalChecks.OrphanNormalized;

    public const string DefaultCacheFolder = ".natocorpus-cache";

    private sealed record Checked(FileReport Raw, FileReport? Normalized, string? Diff);

    public static int Run(CommandEnvironment environment, CheckRequest request)
    {
        if (environment.InputProblem([]) is { } inputProblem)
        {
            environment.Error.WriteLine($"natocorpus: {inputProblem}");
            return ExitCodes.BadInput;
        }
        var (filter, focusProblem) = FindingFilter.From(request.Focus);
        if (filter is null)
        {
            environment.Error.WriteLine($"natocorpus: {focusProblem}");
            return ExitCodes.BadInput;
        }
        var layout = environment.Layout;
        var discovery = environment.Explore([]);
        var allRaw = discovery.Files.Where(path => !RawFiles.IsMarkdown(path)).ToArray();
        IReadOnlyList<string> rawFiles = allRaw;
        (int Index, int Count)? shard = null;
        if (request.Shard is not null)
        {
            if (ParseShard(request.Shard) is not { } parsed)
            {
                environment.Error.WriteLine($"natocorpus: --shard '{request.Shard}' is not i/n with 1 <= i <= n");
                return ExitCodes.BadInput;
            }
            shard = parsed;
            rawFiles = rawFiles.Where(path => InShard(layout.Relative(path), parsed)).ToArray();
        }
        if (request.ChangedSince is { } reference)
        {
            GitChanges.ChangeSet? changed;
            try
            {
                changed = GitChanges.ChangedSince(layout.Root, reference);
            }
            catch (GitChanges.GitException exception)
            {
                environment.Error.WriteLine($"natocorpus: {Printable.Escape(exception.Message)}");
                return ExitCodes.BadInput;
            }
            if (changed is null)
            {
                environment.Error.WriteLine("natocorpus: not a git repository: --changed-since ignored, checking everything");
            }
            else if (GitChanges.WhyCheckEverything(changed, layout.Root, environment.ConfigPath, environment.DataFiles) is { } reason)
            {
                // What every text's check depends on changed: a pull request that only edits the configuration, a
                // data file or the tool version must fail where a full check fails, so nothing is left out.
                environment.Error.WriteLine($"natocorpus: {reason} since {Printable.Escape(reference)}: checking all {rawFiles.Count} raw texts");
            }
            else
            {
                // A raw text is checked when it, its sidecar or its normalized file changed.
                var paths = changed.Paths;
                rawFiles = rawFiles.Where(path => paths.Contains(path) || paths.Contains(RawFiles.SidecarPathOf(path))
                    || paths.Contains(NormalizedFiles.PathFor(layout, RawFiles.IdOf(path)))).ToArray();
                environment.Error.WriteLine($"natocorpus: {rawFiles.Count} raw texts changed since {Printable.Escape(reference)}");
            }
        }

        var cache = request.UseCache
            ? CheckCache.Open(CachePath(environment, request, shard), environment.CacheKey, warning => environment.Error.WriteLine($"natocorpus: warning: {Printable.Escape(warning)}"))
            : null;
        var engine = new CorpusEngine(environment.Options);
        var collisions = CorpusRun.Collisions(allRaw);
        var (outputs, outputProblem) = ReportOutputs.Open(environment, request.Targets ?? [new ReportTarget(request.Format)], request.Color);
        if (outputs is null)
        {
            environment.Error.WriteLine($"natocorpus: {outputProblem}");
            return ExitCodes.BadInput;
        }
        using var _ = outputs;
        var tally = request.Focus is { SummaryByRule: true } && outputs.AnyText ? new RuleTally() : null;
        var budget = request.MaxWarnings is { } maximum ? new WarningBudget(maximum) : null;
        var summary = new SummaryBuilder();
        var diffs = new List<string>();
        void Emit(FileReport file)
        {
            // What is left out by --quiet, --min-severity or the rule filters is neither shown nor counted.
            file = filter.Apply(file);
            summary.Add(file);
            tally?.Add(file);
            budget?.Add(file);
            outputs.File(file);
        }
        foreach (var refused in environment.DiscoveryRefusals(discovery))
        {
            if (shard is not { } part || InShard(refused.Path, part))
            {
                Emit(refused);
            }
        }
        using (var progress = environment.Progress(rawFiles.Count, outputs.StandardOutputFormat ?? "text"))
        {
            // The diffs go to the text reports: in colour only when the one text report is a terminal's.
            var diffStyle = (request.DiffFormat, outputs.ColorText(request.Color));
            CorpusRun.Ordered(rawFiles, request.Jobs, path => CheckOne(engine, layout, path, collisions, cache, diffStyle), result =>
            {
                Emit(result.Raw);
                if (result.Normalized is not null)
                {
                    Emit(result.Normalized);
                }
                if (result.Diff is not null && result.Normalized is { } normalized && filter.Apply(normalized).Diagnostics.Any(diagnostic => diagnostic.Rule.Id == Stale.Id))
                {
                    diffs.Add(result.Diff);
                }
                progress.Advance();
            });
        }
        // Orphans are found from the whole raw folder: listing it is cheap, and a deleted raw text is a change too.
        var ids = allRaw.Select(RawFiles.IdOf).ToHashSet(StringComparer.Ordinal);
        string[] orphans = [];
        try
        {
            orphans = NormalizedFiles.Orphans(layout, ids).ToArray();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var folder = layout.Relative(layout.NormalizedDirectory);
            Emit(new FileReport(folder, null, [], new InputError(folder, 1, 1, $"cannot list this folder: {exception.Message}")));
        }
        foreach (var orphan in orphans)
        {
            if (shard is not { } part || InShard(layout.Relative(orphan), part))
            {
                var gone = Diagnostic.AtFileStart(Orphan, Orphan.DefaultSeverity, "its raw text is gone: remove it or restore the raw text");
                Emit(new FileReport(layout.Relative(orphan), null, Configured(environment.Options, [gone]), null));
            }
        }
        try
        {
            cache?.Save(allRaw.Select(layout.Relative).ToHashSet(StringComparer.Ordinal));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The findings stand; the cache could not be kept. Said as an error so a CI step notices (--no-cache avoids it).
            var path = exception is UnreadableFileException unreadable ? unreadable.Path : cache!.Path;
            var reason = UnreadableFileException.ReasonOf(exception);
            var relative = layout.Relative(path);
            Emit(new FileReport(relative, null, [], new InputError(relative, 1, 1, $"cannot write the check cache: {reason} (use --cache-location or --no-cache)")));
        }

        var built = summary.Build();
        // The text report ends with the findings by rule (--summary) and the diffs of stale files.
        outputs.End(built, text =>
        {
            tally?.Write(text);
            foreach (var diff in diffs)
            {
                text.Write(diff);
            }
        });
        var written = outputs.Commit();
        budget?.WriteIfExceeded(environment.Error, built);
        // After the diffs, on standard error, so the machine-readable formats on standard output stay as they are.
        if (outputs.AnyText && ReportCommand.Pointer(environment) is { } pointer)
        {
            environment.Error.WriteLine(pointer);
        }
        return written ? LintCommand.ExitCode(built, request.MaxWarnings) : ExitCodes.BadInput;
    }


    private static Checked CheckOne(
        CorpusEngine engine, CorpusLayout layout, string path, IReadOnlyDictionary<string, string[]> collisions, CheckCache? cache,
        (DiffFormat Format, bool Color) diff)
    {
        var relative = layout.Relative(path);
        var normalizedPath = NormalizedFiles.PathFor(layout, RawFiles.IdOf(path));
        // Each file is read once: the stamps are hashed from the bytes the engine processes and the comparison
        // reads, so a file edited during the run can never be cached under a stamp of other bytes.
        var (input, refusal) = CorpusRun.Read(engine, layout, path, collisions);
        if (refusal is not null)
        {
            // Refused before reading (a collision, a link out of the corpus, too large, unreadable): nothing to cache.
            return new Checked(new FileReport(refusal.RelativePath, refusal.Source, refusal.Diagnostics, refusal.Error), null, null);
        }
        byte[]? normalizedBytes;
        try
        {
            normalizedBytes = NormalizedFiles.ReadBytes(normalizedPath, NormalizedFiles.MaxBytes(engine.Options.MaxFileBytes));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A disk problem with the normalized file (a folder in the way, unreadable, not a regular file): one line
            // naming it, as for any unreadable input; the raw text is still checked.
            var reason = UnreadableFileException.ReasonOf(exception);
            var error = new InputError(layout.Relative(normalizedPath), 1, 1, $"cannot read: {reason}");
            return new Checked(Process(engine, input!).Raw, new FileReport(layout.Relative(normalizedPath), null, [], error), null);
        }
        var raw = FileStamp.Of(input!.Bytes)!;
        var sidecar = FileStamp.Of(input.SidecarBytes);
        var normalized = FileStamp.Of(normalizedBytes);
        var entry = cache?.Get(relative);
        var hit = entry is not null && entry.Raw == raw && entry.Sidecar == sidecar && entry.Normalized == normalized
            // A stale file is shown with its diff, which needs the expected output: always recompute it.
            && entry.NormalizedFindings.All(finding => finding.Rule != Stale.Id);
        if (hit)
        {
            return new Checked(
                new FileReport(relative, null, Restore(entry!.RawFindings), entry.Error)
                {
                    LoadSource = () => Quietly(() => engine.DisplaySource(input)),
                },
                entry.NormalizedFindings.Count == 0 ? null : new FileReport(layout.Relative(normalizedPath), null, Restore(entry.NormalizedFindings), null)
                {
                    LoadSource = () => NormalizedFiles.Decode(normalizedBytes) is { } text ? new SourceText(text) : null,
                },
                null);
        }

        var (report, result, rawFindings) = Process(engine, input);
        var normalizedFindings = new List<Diagnostic>();
        string? shownDiff = null;
        SourceText? normalizedSource = null;
        if (result.Markdown is not null)
        {
            var comparison = StaleCheck.Of(normalizedBytes, result.Markdown, layout.Relative(normalizedPath), diff.Format, diff.Color);
            normalizedSource = comparison.Existing is null ? null : new SourceText(comparison.Existing);
            if (comparison.IsStale)
            {
                normalizedFindings.Add(Diagnostic.AtFileStart(Stale, Stale.DefaultSeverity, comparison.IsMissing ? "missing: run `natocorpus normalize`" : "out of date: run `natocorpus normalize` (the diff is in the text report)"));
                shownDiff = comparison.Diff;
            }
            if (comparison.Existing is { } existing)
            {
                normalizedFindings.AddRange(FrontMatterSchema.Validate(existing).Select(problem => Diagnostic.AtFileStart(InvalidFrontMatter, InvalidFrontMatter.DefaultSeverity, problem)));
            }
        }
        normalizedFindings = Configured(engine.Options, normalizedFindings);
        shownDiff = engine.Options.IsEnabled(Stale) ? shownDiff : null;
        cache?.Set(relative, new CacheEntry(raw, sidecar, normalized, rawFindings.Select(CachedDiagnostic.From).ToArray(), normalizedFindings.Select(CachedDiagnostic.From).ToArray(), result.Error));
        return new Checked(
            report,
            normalizedFindings.Count == 0 ? null : new FileReport(layout.Relative(normalizedPath), normalizedSource, normalizedFindings, null),
            shownDiff);
    }

    /// <summary>The corpus checks' findings as `rules:` sets them: left out when off, at their configured severity.</summary>
    private static List<Diagnostic> Configured(EngineOptions options, IEnumerable<Diagnostic> findings) =>
        findings.Where(finding => options.IsEnabled(finding.Rule)).Select(finding => finding with { Severity = options.SeverityOf(finding.Rule) }).ToList();

    /// <summary>Runs the engine on what was read; check reports what fails, so what normalize resolves is left out (lint lists it).</summary>
    private static (FileReport Raw, DocumentResult Result, Diagnostic[] Findings) Process(CorpusEngine engine, RawInput input)
    {
        var result = CorpusRun.Process(engine, input);
        var findings = result.Diagnostics.Where(diagnostic => !diagnostic.FixedByNormalize).ToArray();
        return (new FileReport(result.RelativePath, result.Source, findings, result.Error), result, findings);
    }

    /// <summary>An excerpt's source, or none when the file cannot be read again: the finding is shown without it.</summary>
    private static SourceText? Quietly(Func<SourceText?> load)
    {
        try
        {
            return load();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static Diagnostic[] Restore(IReadOnlyList<CachedDiagnostic> findings) =>
        findings.Select(finding => finding.ToDiagnostic()).OfType<Diagnostic>().ToArray();

    private static string CachePath(CommandEnvironment environment, CheckRequest request, (int Index, int Count)? shard)
    {
        var folder = request.CacheLocation is null ? Path.Combine(environment.Layout.Root, DefaultCacheFolder) : Path.GetFullPath(request.CacheLocation, environment.WorkingDirectory);
        // One file per shard, so the jobs of a CI matrix never overwrite each other's entries.
        var name = shard is { } part ? $"check-{part.Index}-of-{part.Count}.json" : "check.json";
        return Path.Combine(folder, name);
    }

    public static (int Index, int Count)? ParseShard(string text)
    {
        var parts = text.Split('/');
        return parts.Length == 2 && int.TryParse(parts[0], out var index) && int.TryParse(parts[1], out var count) && count >= 1 && index >= 1 && index <= count
            ? (index, count)
            : null;
    }

    /// <summary>Whether a path belongs to shard i of n: by a hash of the path, so the split is the same on every machine.</summary>
    public static bool InShard(string relativePath, (int Index, int Count) shard)
    {
        var hash = SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(relativePath));
        return (int)(BitConverter.ToUInt64(hash, 0) % (ulong)shard.Count) == shard.Index - 1;
    }

}
