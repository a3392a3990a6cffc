using NatoCorpus.Corpus;
using NatoCorpus.Knowledge;
using NatoCorpus.Pipeline;
using NatoCorpus.Reporting;
using NatoCorpus.Text;

namespace NatoCorpus.Commands;

public sealed record LintRequest(
    IReadOnlyList<string> Paths, string Format, bool Color, int? MaxWarnings = null, int Jobs = 0, bool Fix = false, FocusOptions? Focus = null,
    bool DryRun = false)
{
    /// <summary>The reports to write (formats and files); null for <see cref="Format"/> on standard output.</summary>
    public IReadOnlyList<ReportTarget>? Targets { get; init; }

    /// <summary>With the path `-`: where the text read from standard input belongs (its kind, its sidecar, its name in reports).</summary>
    public string? StdinFilepath { get; init; }
}

/// <summary>`natocorpus lint`: every problem with its place, whether normalize resolves it, and the exit code.</summary>
public static class LintCommand
{
    /// <summary>The path that stands for standard input, as in eslint, ruff and most Unix tools.</summary>
    public const string StandardInput = "-";

    /// <summary>The name of a text read from standard input without --stdin-filepath: a raw text.</summary>
    public const string StandardInputName = "<stdin>";

    public static int Run(CommandEnvironment environment, LintRequest request)
    {
        var fromStdin = request.Paths.Contains(StandardInput);
        if (Usage(environment, request, fromStdin) is { } usage)
        {
            environment.Error.WriteLine($"natocorpus: {usage}");
            return ExitCodes.BadInput;
        }
        var (filter, focusProblem) = FindingFilter.From(request.Focus);
        if (filter is null)
        {
            environment.Error.WriteLine($"natocorpus: {focusProblem}");
            return ExitCodes.BadInput;
        }
        var targets = request.Targets ?? [new ReportTarget(request.Format)];
        var layout = environment.Layout;
        var stdinPath = fromStdin ? Path.GetFullPath(request.StdinFilepath ?? StandardInputName, environment.WorkingDirectory) : null;
        var discovery = fromStdin ? new Discovery([], []) : environment.Explore(request.Paths);
        IReadOnlyList<string> files = stdinPath is null ? discovery.Files : [stdinPath];
        if (request.Fix && files.FirstOrDefault(path => !RawFiles.IsMarkdown(path)) is { } raw)
        {
            // Raw texts are evidence: their fixes go into normalized/, never back into raw/.
            environment.Error.WriteLine($"natocorpus: --fix does not edit raw texts ({Printable.Escape(layout.Relative(raw))}): they are evidence. "
                + "Run `natocorpus normalize` to write the fixed text to normalized/.");
            return ExitCodes.BadInput;
        }
        if (request.Fix && files.FirstOrDefault(path => UnderRaw(layout, path)) is { } evidence)
        {
            // Whatever its extension, a file under raw/ is evidence: a Markdown repost there is a raw text too.
            environment.Error.WriteLine($"natocorpus: --fix does not edit files under the raw folder ({layout.Relative(evidence)}): they are evidence. "
                + "Run `natocorpus normalize` to write the fixed text to normalized/.");
            return ExitCodes.BadInput;
        }
        var (outputs, outputProblem) = ReportOutputs.Open(environment, targets, request.Color);
        if (outputs is null)
        {
            environment.Error.WriteLine($"natocorpus: {outputProblem}");
            return ExitCodes.BadInput;
        }
        using var _ = outputs;
        var tally = request.Focus is { SummaryByRule: true } && outputs.AnyText ? new RuleTally() : null;
        var budget = request.MaxWarnings is { } maximum ? new WarningBudget(maximum) : null;
        // lint reports; only --fix (on Markdown, which always renders) writes.
        var engine = new CorpusEngine(environment.Options, renderOutput: false);
        var summary = new SummaryBuilder();
        void Report(FileReport file)
        {
            summary.Add(file);
            tally?.Add(file);
            budget?.Add(file);
            outputs.File(file);
        }
        foreach (var refused in environment.DiscoveryRefusals(discovery))
        {
            Report(refused);
        }
        using (var progress = environment.Progress(files.Count, outputs.StandardOutputFormat ?? "text"))
        {
            void Consume(DocumentResult result)
            {
                if (request.Fix)
                {
                    result = ApplyFix(environment, engine, result, request.DryRun ? request.Color : null);
                }
                Report(filter.Apply(new FileReport(result.RelativePath, result.Source, result.Diagnostics, result.Error)));
                progress.Advance();
            }
            if (stdinPath is not null)
            {
                Consume(ReadStandardInput(environment, engine, stdinPath));
            }
            else
            {
                CorpusRun.Stream(engine, layout, files, request.Jobs, Consume);
            }
        }
        var built = summary.Build();
        outputs.End(built, tally is null ? null : tally.Write);
        var written = outputs.Commit();
        budget?.WriteIfExceeded(environment.Error, built);
        // On standard error, so the machine-readable formats on standard output stay as they are.
        if (outputs.AnyText && ReportCommand.Pointer(environment) is { } pointer)
        {
            environment.Error.WriteLine(pointer);
        }
        return written ? ExitCode(built, request.MaxWarnings) : ExitCodes.BadInput;
    }

    /// <summary>The one line that makes the request a usage error, or null.</summary>
    private static string? Usage(CommandEnvironment environment, LintRequest request, bool fromStdin)
    {
        if (fromStdin && request.Paths.Count > 1)
        {
            return "- (standard input) is linted alone: name no other path with it";
        }
        if (!fromStdin && request.StdinFilepath is not null)
        {
            return "--stdin-filepath names the text read from standard input: give - as the path (`natocorpus lint - --stdin-filepath raw/x.txt`)";
        }
        if (fromStdin && request.Fix && !request.DryRun)
        {
            return "--fix cannot write back to standard input: use --fix --dry-run to see the fixes";
        }
        if (request.DryRun && !request.Fix)
        {
            return "--dry-run goes with --fix (show the fixes without writing them)";
        }
        if (fromStdin && environment.StandardInput is null)
        {
            return "- (standard input): no standard input to read here";
        }
        return fromStdin ? null : environment.InputProblem(request.Paths);
    }

    /// <summary>
    /// The text on standard input, processed as if it were the file at <paramref name="path"/>: its extension
    /// decides raw text or Markdown, its sidecar (for a raw text) is read if there is one, and it is named by
    /// its path in the report, as eslint's and ruff's --stdin-filename. Bounded by max_file_size like a file.
    /// </summary>
    private static DocumentResult ReadStandardInput(CommandEnvironment environment, CorpusEngine engine, string path)
    {
        var layout = environment.Layout;
        var relative = path == Path.GetFullPath(StandardInputName, environment.WorkingDirectory) ? StandardInputName : layout.Relative(path);
        var id = RawFiles.IdOf(path);
        try
        {
            var bytes = ReadBounded(environment.StandardInput!(), engine.Options.MaxFileBytes);
            if (bytes is null)
            {
                return new DocumentResult(id, relative, [], null, null, null,
                    new InputError(relative, 1, 1, $"standard input is larger than the limit of {engine.Options.MaxFileBytes} bytes (max_file_size)"));
            }
            var sidecarPath = RawFiles.SidecarPathOf(path);
            byte[]? sidecar = null;
            if (!RawFiles.IsMarkdown(path) && BoundedFile.KindOf(sidecarPath) is not (FileKind.Missing or FileKind.Directory))
            {
                sidecar = BoundedFile.ReadAll(sidecarPath, BoundedFile.YamlLimit, "sidecars, like every YAML file, are at most 1 MB");
            }
            return CorpusRun.Process(engine, new RawInput(id, relative, bytes, sidecar is null ? null : layout.Relative(sidecarPath), sidecar));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var reason = UnreadableFileException.ReasonOf(exception);
            return new DocumentResult(id, relative, [], null, null, null, new InputError(relative, 1, 1, $"cannot read: {reason}"));
        }
    }

    /// <summary>All of <paramref name="stream"/>, or null when it holds more than <paramref name="maxBytes"/>.</summary>
    private static byte[]? ReadBounded(Stream stream, long maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return null;
            }
        }
        return buffer.ToArray();
    }

    /// <summary>Writes a Markdown file's safe fixes in place, then lints it again so the report shows what is left.</summary>
    /// <param name="dryRunColor">Not null for --dry-run: the fixes are shown as a word diff (coloured or not), nothing is written.</param>
    private static DocumentResult ApplyFix(CommandEnvironment environment, CorpusEngine engine, DocumentResult result, bool? dryRunColor)
    {
        if (result.Markdown is null || result.Source is null || result.Markdown == result.Source.Text)
        {
            return result;
        }
        if (dryRunColor is { } color)
        {
            // The report that follows is of the file as it stands: nothing was changed.
            environment.Output.Write(WordDiff.Of(result.RelativePath, result.Source.Text, result.Markdown, color));
            return result;
        }
        var path = Path.Combine(environment.Layout.Root, result.RelativePath);
        try
        {
            NormalizedFiles.WriteIfChanged(path, result.Markdown);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var reason = UnreadableFileException.ReasonOf(exception);
            return result with { Error = new InputError(result.RelativePath, 1, 1, $"cannot write the fixes: {reason}") };
        }
        environment.Error.WriteLine($"fixed {Printable.Escape(result.RelativePath)}");
        return CorpusRun.ProcessOne(engine, environment.Layout, path);
    }

    /// <summary>Whether <paramref name="path"/> is under the raw folder, links resolved.</summary>
    private static bool UnderRaw(CorpusLayout layout, string path) =>
        CorpusPaths.IsInside(layout.RawDirectory, path) || CorpusPaths.LeadsInside(layout.RawDirectory, path);

    /// <summary>2 on unreadable input; 1 on unresolved errors or more unresolved warnings than allowed; else 0.</summary>
    public static int ExitCode(ReportSummary summary, int? maxWarnings) =>
        summary.InputErrors > 0 ? ExitCodes.BadInput
            : summary.Unresolved > 0 || summary.UnresolvedWarnings > maxWarnings ? ExitCodes.Findings
            : ExitCodes.Clean;
}
