using NatoCorpus.Corpus;
using NatoCorpus.Output;
using NatoCorpus.Pipeline;
using NatoCorpus.Text;

namespace NatoCorpus.Commands;

public sealed record RecurringRequest(IReadOnlyList<string> Paths, int? MinTexts, string? OutFile);

/// <summary>
/// `natocorpus recurring`: scans the corpus for lines repeated verbatim across texts and writes them as a data file
/// (default: print it). normalize stays a pure function of raw text, sidecar, configuration and data files: the
/// scan's result is used only once it is committed and listed under `data:`, so output stays reproducible and
/// `check` incremental.
/// </summary>
public static class RecurringCommand
{
    /// <summary>By default a line is furniture when it is in 3 texts, or in 2 % of them in a large corpus.</summary>
    public static int DefaultMinTexts(int textCount) => Math.Max(3, (int)Math.Ceiling(textCount * 0.02));

    public static int Run(CommandEnvironment environment, RecurringRequest request)
    {
        if (environment.InputProblem(request.Paths) is { } inputProblem)
        {
            environment.Error.WriteLine($"natocorpus: {inputProblem}");
            return ExitCodes.BadInput;
        }
        var scan = new RecurringLineScan();
        var exit = ExitCodes.Clean;
        var discovery = environment.Explore(request.Paths);
        foreach (var refused in environment.DiscoveryRefusals(discovery))
        {
            environment.Error.WriteLine($"{refused.Error!.Path}:1:1: error: {refused.Error.Message}");
            exit = ExitCodes.BadInput;
        }
        foreach (var path in discovery.Files.Where(path => !RawFiles.IsMarkdown(path)))
        {
            try
            {
                scan.Add(RawFiles.Read(environment.Layout, path, environment.Options.MaxFileBytes).Bytes);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                var (file, reason) = exception is Knowledge.UnreadableFileException refused ? (refused.Path, refused.Reason) : (path, exception.Message);
                environment.Error.WriteLine($"{Printable.Escape(environment.Layout.Relative(file))}:1:1: error: {Printable.Escape(reason)}");
                exit = ExitCodes.BadInput;
            }
        }
        var minTexts = request.MinTexts ?? DefaultMinTexts(scan.TextCount);
        if (minTexts < 2)
        {
            environment.Error.WriteLine("natocorpus: --min-texts must be at least 2 (a line in one text recurs nowhere)");
            return ExitCodes.BadInput;
        }
        var lines = scan.Recurring(minTexts);
        var yaml = RecurringLinesWriter.Write(lines.Select(line => (line.Line, line.Texts)), scan.TextCount, minTexts);
        if (request.OutFile is null)
        {
            environment.Output.Write(yaml);
        }
        else
        {
            var target = Path.GetFullPath(request.OutFile, environment.WorkingDirectory);
            if (Corpus.CorpusPaths.IsInside(environment.Layout.RawDirectory, target) || Corpus.CorpusPaths.LeadsInside(environment.Layout.RawDirectory, target))
            {
                environment.Error.WriteLine($"natocorpus: --out {request.OutFile} is inside the raw folder: refused, raw texts are evidence and never written");
                return ExitCodes.BadInput;
            }
            if (!environment.TryWriteAtomically(target, request.OutFile, yaml))
            {
                return ExitCodes.BadInput;
            }
            environment.Error.WriteLine($"{lines.Count} lines recurring in {minTexts}+ of {scan.TextCount} texts written to {request.OutFile}; review it, then add it under `data:` in natocorpus.yaml");
        }
        return exit;
    }
}
