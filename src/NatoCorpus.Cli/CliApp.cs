using System.CommandLine;
using NatoCorpus.Commands;
using NatoCorpus.Configuration;
using NatoCorpus.Corpus;
using NatoCorpus.Knowledge;

namespace NatoCorpus.Cli;

/// <summary>The command line: parses arguments and hands over to the library's commands. No behaviour lives here.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error, string workingDirectory) =>
        Guarded(() => RunCommand(args, output, error, workingDirectory), error);

    /// <summary>
    /// The last resort: what no command turned into a one-line error is a bug. The user gets one line saying so
    /// and where the details went, never a stack trace, and exit code 3 (1 is for findings, 2 for bad input).
    /// </summary>
    public static int Guarded(Func<int> run, TextWriter error)
    {
        try
        {
            return run();
        }
        catch (Exception exception)
        {
            var cause = exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : exception;
            var summary = $"{cause.GetType().Name}: {cause.Message.Split('\n')[0].Trim()}";
            var report = WriteReport(exception);
            error.WriteLine(report is null
                ? $"natocorpus: internal error: {summary} (please report it)"
                : $"natocorpus: internal error: {summary}; details in {report} (please report it)");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>The details of an internal error in a new file of the temporary folder; null if it cannot be written.</summary>
    private static string? WriteReport(Exception exception)
    {
        try
        {
            var stamp = DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss", System.Globalization.CultureInfo.InvariantCulture);
            var path = Path.Combine(Path.GetTempPath(), $"natocorpus-internal-error-{stamp}-{Environment.ProcessId}-{Guid.NewGuid():N}.txt");
            // CreateNew: a file (or link) already there is never written through.
            using var writer = new StreamWriter(new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None));
            writer.Write($"natocorpus {ToolInfo.Version} internal error, {stamp} UTC\n\n{exception}\n");
            return path;
        }
        catch (Exception exception2) when (exception2 is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static int RunCommand(string[] args, TextWriter output, TextWriter error, string workingDirectory)
    {
        var configOption = new Option<string?>("--config") { Description = "Configuration file (default: natocorpus.yaml found upward from the working directory)" };
        var jobsOption = new Option<int>("--jobs", "-j") { Description = "Files processed in parallel (default: all cores)" };

        var pathsArgument = new Argument<string[]>("paths") { Description = "Raw files or folders (default: the corpus raw/ folder)", Arity = ArgumentArity.ZeroOrMore };
        var outOption = new Option<string?>("--out", "-o") { Description = "Folder for the Markdown files (default: normalized/)" };
        var checkOption = new Option<bool>("--check") { Description = "Write nothing; print a diff of every out-of-date file and exit 1 if any" };
        var normalize = new Command("normalize", "Write one Markdown file with front matter per raw text into normalized/")
        {
            pathsArgument, outOption, checkOption, jobsOption, configOption,
        };
        normalize.SetAction(parse => WithEnvironment(parse.GetValue(configOption), output, error, workingDirectory, environment =>
            NormalizeCommand.Run(environment, new NormalizeRequest(parse.GetValue(pathsArgument) ?? [], parse.GetValue(outOption), parse.GetValue(checkOption), parse.GetValue(jobsOption)))));

        var lintPaths = new Argument<string[]>("paths") { Description = "Files or folders (default: the corpus raw/ folder)", Arity = ArgumentArity.ZeroOrMore };
        var formatOption = new Option<string>("--format", "-f") { Description = "Output format: text, json, sarif, github", DefaultValueFactory = _ => "text" };
        formatOption.AcceptOnlyFromAmong(Reporting.Reporters.Formats);
        var maxWarningsOption = new Option<int?>("--max-warnings") { Description = "Exit 1 when more than N warnings remain unresolved (as in eslint)" };
        var fixOption = new Option<bool>("--fix") { Description = "Apply safe fixes in place to Markdown files (refused on raw texts: use normalize)" };
        var lint = new Command("lint", "Report every problem with its file, line, column, rule, severity and fix")
        {
            lintPaths, formatOption, maxWarningsOption, fixOption, jobsOption, configOption,
        };
        lint.SetAction(parse => WithEnvironment(parse.GetValue(configOption), output, error, workingDirectory, environment =>
            LintCommand.Run(environment, new LintRequest(parse.GetValue(lintPaths) ?? [], parse.GetValue(formatOption)!, UseColor(output), parse.GetValue(maxWarningsOption), parse.GetValue(jobsOption), parse.GetValue(fixOption)))));

        var changedSinceOption = new Option<string?>("--changed-since") { Description = "Only raw texts changed since this git ref (and their sidecars and normalized files)" };
        var shardOption = new Option<string?>("--shard") { Description = "Check part i of n (i/n), split by a hash of each file's path, for a CI matrix" };
        var noCacheOption = new Option<bool>("--no-cache") { Description = "Neither read nor write the check cache" };
        var cacheLocationOption = new Option<string?>("--cache-location") { Description = "Folder of the check cache (default: .natocorpus-cache/)" };
        var check = new Command("check", "CI: lint the corpus, check normalized/ is up to date and valid; exit 1 on any failure")
        {
            formatOption, maxWarningsOption, changedSinceOption, shardOption, noCacheOption, cacheLocationOption, jobsOption, configOption,
        };
        check.SetAction(parse => WithEnvironment(parse.GetValue(configOption), output, error, workingDirectory, environment =>
            CheckCommand.Run(environment, new CheckRequest(
                parse.GetValue(formatOption)!, UseColor(output), parse.GetValue(maxWarningsOption), parse.GetValue(jobsOption), parse.GetValue(changedSinceOption),
                parse.GetValue(shardOption), !parse.GetValue(noCacheOption), parse.GetValue(cacheLocationOption)))));

        var ruleArgument = new Argument<string?>("rule") { Description = "A rule id or name (default: list them all)", Arity = ArgumentArity.ZeroOrOne };
        var rules = new Command("rules", "List the rules, or print one rule's documentation") { ruleArgument };
        rules.SetAction(parse => RulesCommand.Run(output, error, parse.GetValue(ruleArgument)));

        var forceOption = new Option<bool>("--force") { Description = "Overwrite an existing natocorpus.yaml" };
        var init = new Command("init", "Write a commented default natocorpus.yaml in the working directory") { forceOption };
        init.SetAction(parse => InitCommand.Run(new CommandEnvironment(workingDirectory, CorpusLayout.At(workingDirectory), new Pipeline.EngineOptions(), output, error), parse.GetValue(forceOption)));

        var evalFolders = new Argument<string[]>("folders") { Description = "Folders of labelled texts (bench/eval/FORMAT.md)", Arity = ArgumentArity.OneOrMore };
        var missesOption = new Option<bool>("--misses") { Description = "List every line, title and date recognized wrongly" };
        var eval = new Command("eval", "Measure recognition (line kinds, titles, dates) on labelled texts") { evalFolders, missesOption, configOption };
        eval.SetAction(parse => WithEnvironment(parse.GetValue(configOption), output, error, workingDirectory, environment =>
            EvalCommand.Run(environment, parse.GetValue(evalFolders) ?? [], parse.GetValue(missesOption))));

        var recurringPaths = new Argument<string[]>("paths") { Description = "Raw files or folders (default: the corpus raw/ folder)", Arity = ArgumentArity.ZeroOrMore };
        var minTextsOption = new Option<int?>("--min-texts") { Description = "A line is furniture when found in at least N texts (default: 3, or 2 % of a large corpus)" };
        var recurringOut = new Option<string?>("--out", "-o") { Description = "Write the data file here (default: print it)" };
        var recurring = new Command("recurring", "Find lines repeated verbatim across the corpus (site furniture) and write them as a reviewable data file")
        {
            recurringPaths, minTextsOption, recurringOut, configOption,
        };
        recurring.SetAction(parse => WithEnvironment(parse.GetValue(configOption), output, error, workingDirectory, environment =>
            RecurringCommand.Run(environment, new RecurringRequest(parse.GetValue(recurringPaths) ?? [], parse.GetValue(minTextsOption), parse.GetValue(recurringOut)))));

        var reportPaths = new Argument<string[]>("paths") { Description = "Raw files or folders (default: the corpus raw/ folder)", Arity = ArgumentArity.ZeroOrMore };
        var reportOut = new Option<string?>("--out", "-o") { Description = "Folder of the report (default: report/)" };
        var report = new Command("report", "Write the review report: a static site (index, one page per text, rule docs) that opens from disk")
        {
            reportPaths, reportOut, jobsOption, configOption,
        };
        report.SetAction(parse => WithEnvironment(parse.GetValue(configOption), output, error, workingDirectory, environment =>
            ReportCommand.Run(environment, new ReportRequest(parse.GetValue(reportPaths) ?? [], parse.GetValue(reportOut), parse.GetValue(jobsOption)))));

        var root = new RootCommand("NatoCorpus: lint and normalize scraped French news texts into an auditable archive")
        {
            check,
            eval,
            init,
            lint,
            normalize,
            recurring,
            report,
            rules,
        };
        // No default handler: it prints a stack trace and exits 1; exceptions go to the last resort (Guarded).
        var invocation = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            // Usage errors exit 2, as documented (System.CommandLine's own default is 1).
            foreach (var parseError in result.Errors)
            {
                error.WriteLine($"natocorpus: {parseError.Message}");
            }
            error.WriteLine("Run 'natocorpus --help' for usage.");
            return ExitCodes.BadInput;
        }
        return result.Invoke(invocation);
    }

    /// <summary>Colour only on a terminal, and never when NO_COLOR is set (no-color.org).</summary>
    private static bool UseColor(TextWriter output) =>
        output == Console.Out && !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    private static int WithEnvironment(string? configPath, TextWriter output, TextWriter error, string workingDirectory, Func<CommandEnvironment, int> command)
    {
        LoadedConfig config;
        try
        {
            var root = CorpusLayout.FindRoot(workingDirectory);
            config = LoadedConfig.Load(root, configPath is null ? null : Path.GetFullPath(configPath, workingDirectory));
        }
        catch (DataFileException exception)
        {
            error.WriteLine($"{exception.Path}:{exception.Line}:{exception.Column}: error: {exception.Problem}");
            return ExitCodes.BadInput;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var (path, reason) = exception is UnreadableFileException refused ? (refused.Path, refused.Reason) : (configPath ?? CorpusLayout.ConfigFileName, exception.Message);
            error.WriteLine($"{path}:1:1: error: cannot read the configuration: {reason}");
            return ExitCodes.BadInput;
        }
        return command(new CommandEnvironment(workingDirectory, config.Layout, config.Options, output, error) {
            DocsUrl = config.DocsUrl,
            Ignore = config.Ignore,
            CacheKey = config.CacheKey,
            ProgressFactory = output == Console.Out ? TerminalProgress.For : null,
        });
    }
}
