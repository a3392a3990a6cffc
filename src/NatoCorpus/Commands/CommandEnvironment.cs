using NatoCorpus.Corpus;
using NatoCorpus.Pipeline;

namespace NatoCorpus.Commands;

/// <summary>What every command runs against: where it is, what it is configured with, where it writes.</summary>
public sealed record CommandEnvironment(string WorkingDirectory, CorpusLayout Layout, EngineOptions Options, TextWriter Output, TextWriter Error)
{
    /// <summary>Base URL of the rule docs, for help links in SARIF output.</summary>
    public string DocsUrl { get; init; } = Reporting.Reporters.DefaultDocsUrl;

    /// <summary>Where the github format appends its job summary: $GITHUB_STEP_SUMMARY, read by the CLI; null outside Actions.</summary>
    public string? StepSummaryPath { get; init; }

    /// <summary>The check cache's key: tool version plus the configuration and data files in force.</summary>
    public string CacheKey { get; init; } = Corpus.CheckCache.KeyFor(".", null, []);

    /// <summary>The configuration file in force, as a full path; null when the corpus has none.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>The data files the configuration adds, as full paths.</summary>
    public IReadOnlyList<string> DataFiles { get; init; } = [];

    /// <summary>Makes a progress display for a run over N files (the CLI's, on a terminal); none by default.</summary>
    public Func<int, IProgressSink>? ProgressFactory { get; init; }

    /// <summary>Progress for a run over <paramref name="files"/> files; never in machine-readable formats.</summary>
    public IProgressSink Progress(int files, string format) =>
        ProgressFactory is not null && format == "text" ? ProgressFactory(files) : NoProgress.Instance;

    /// <summary>Whether a corpus root (natocorpus.yaml or .git) was found at or above the working directory.</summary>
    public bool RootFound { get; init; } = true;

    /// <summary>
    /// The one line that stops a run over <paramref name="paths"/> (default: the raw folder) before it starts, or null:
    /// no corpus around the working directory, no raw folder, or a path that does not exist. Paths are shown as the
    /// user gave them or relative to the working directory, never as .NET exception text or absolute paths.
    /// </summary>
    public string? InputProblem(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            if (!RootFound)
            {
                return "no corpus found: no natocorpus.yaml (or .git) in this folder or any folder above it. Run `natocorpus init` to make this folder a corpus, or run natocorpus inside one (or name the files to lint)";
            }
            if (!Directory.Exists(Layout.RawDirectory))
            {
                var raw = Path.GetRelativePath(WorkingDirectory, Layout.RawDirectory).Replace(Path.DirectorySeparatorChar, '/');
                return $"no raw folder: {raw}/ does not exist. Put the raw texts there, or set `raw:` in {CorpusLayout.ConfigFileName}";
            }
            return null;
        }
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, WorkingDirectory);
            // A dangling link exists as a name: discovery reports it as the link it is.
            if (Path.Exists(full) || new FileInfo(full).LinkTarget is not null)
            {
                continue;
            }
            if (path == "-")
            {
                return "- (standard input): only `natocorpus lint` reads a text from standard input";
            }
            if (!PathGlob.IsPattern(path))
            {
                return $"{Text.Printable.Escape(path)}: no such file or folder";
            }
            if (PathGlob.Expand(path, WorkingDirectory).Count == 0)
            {
                // As markdownlint-cli2: a pattern that matches nothing is a mistake to say, not an empty pass.
                return $"{Text.Printable.Escape(path)}: no text matches this glob (.txt, .html, .htm or .md files; `**` for any folders)";
            }
        }
        return null;
    }

    /// <summary>Where `lint -` reads its text: standard input, as the CLI opens it; none by default.</summary>
    public Func<Stream>? StandardInput { get; init; }

    /// <summary>
    /// The paths as full paths, each glob argument replaced by the texts it matches (<see cref="PathGlob"/>); a path
    /// that exists as written is taken as written, whatever its characters.
    /// </summary>
    public IEnumerable<string> Expand(IReadOnlyList<string> paths) =>
        paths.SelectMany(path =>
        {
            var full = Path.GetFullPath(path, WorkingDirectory);
            return Path.Exists(full) || new FileInfo(full).LinkTarget is not null || !PathGlob.IsPattern(path)
                ? [full]
                : PathGlob.Expand(path, WorkingDirectory);
        });

    /// <summary>Globs of raw files to leave out, relative to the corpus root.</summary>
    public IReadOnlyList<string> Ignore { get; init; } = [];

    /// <summary>The raw texts under <paramref name="paths"/> (default: the raw folder), without the ignored ones.</summary>
    public IReadOnlyList<string> DiscoverRaw(IReadOnlyList<string> paths) => Explore(paths).Files;

    /// <summary>As <see cref="DiscoverRaw"/>, with the folders and links refused and the warnings on the way.</summary>
    public Discovery Explore(IReadOnlyList<string> paths) =>
        RawFiles.Explore(
            paths.Count > 0 ? Expand(paths) : [Layout.RawDirectory],
            Layout.Root,
            Ignore);

    /// <summary>
    /// Prints discovery's warnings on standard error (`path: warning: reason`) and returns its refusals as
    /// reports, for the command to give to its reporter like any other file that cannot be read.
    /// </summary>
    public IReadOnlyList<Reporting.FileReport> DiscoveryRefusals(Discovery discovery)
    {
        var refused = new List<Reporting.FileReport>();
        foreach (var problem in discovery.Problems)
        {
            var relative = Layout.Relative(problem.Path);
            if (problem.IsError)
            {
                refused.Add(new Reporting.FileReport(relative, null, [], new InputError(relative, 1, 1, problem.Message)));
            }
            else
            {
                Error.WriteLine($"{relative}: warning: {problem.Message}");
            }
        }
        return refused;
    }

    /// <summary>
    /// Writes <paramref name="text"/> (UTF-8, no BOM) to <paramref name="path"/> atomically and never through a link;
    /// when that fails, says so in one line naming the file as <paramref name="shown"/> and returns false.
    /// </summary>
    public bool TryWriteAtomically(string path, string shown, string text)
    {
        try
        {
            AtomicFile.Write(path, new System.Text.UTF8Encoding(false).GetBytes(text));
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Error.WriteLine($"{Text.Printable.Escape(shown)}:1:1: error: cannot write: {Knowledge.UnreadableFileException.ReasonOf(exception)}");
            return false;
        }
    }
}

public static class ExitCodes
{
    public const int Clean = 0;
    public const int Findings = 1;
    public const int BadInput = 2;

    /// <summary>A bug: the CLI's last-resort handler, never a command, returns it.</summary>
    public const int InternalError = 3;

    public static int Max(int a, int b) => Math.Max(a, b);
}
