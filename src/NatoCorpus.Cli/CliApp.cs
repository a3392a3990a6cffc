using System.CommandLine;
using System.CommandLine.Help;
using NatoCorpus.Commands;
using NatoCorpus.Configuration;
using NatoCorpus.Corpus;
using NatoCorpus.Knowledge;

namespace NatoCorpus.Cli;

/// <summary>The command line: parses arguments and hands over to the library's commands. No behaviour lives here.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error, string workingDirectory) =>
        Run(args, output, error, workingDirectory, Console.OpenStandardInput);

    /// <summary>As the executable runs, with <paramref name="input"/> opening what `lint -` reads.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, string workingDirectory, Func<Stream> input) =>
        Guarded(() => RunCommand(args, output, error, workingDirectory, input), error);

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

    private static int RunCommand(string[] args, TextWriter output, TextWriter error, string workingDirectory, Func<Stream> input)
    {
        var configOption = new Option<string?>("--config")
        {
            HelpName = "FILE",
            Description = "Configuration file (default: natocorpus.yaml found upward from the working directory)",
        };
        var jobsOption = new Option<int>("--jobs", "-j") { HelpName = "N", Description = "Files processed in parallel (default: all cores)" };

        var pathsArgument = new Argument<string[]>("PATH")
        {
            Description = "Raw files or folders (default: the corpus raw/ folder)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var outOption = new Option<string?>("--out", "-o") { HelpName = "DIR", Description = "Folder for the Markdown files (default: normalized/)" };
        var checkOption = new Option<bool>("--check") { Description = "Write nothing; print a diff of every out-of-date file and exit 1 if any" };
        var diffFormatOption = new Option<string>("--diff-format")
        {
            HelpName = "words|unified",
            Description = "How a stale normalized file's differences are shown: the changed words of each line, or a unified diff",
            DefaultValueFactory = _ => "words",
        };
        diffFormatOption.AcceptOnlyFromAmong("words", "unified");
        DiffFormat DiffFormatOf(ParseResult parse) => parse.GetValue(diffFormatOption) == "unified" ? DiffFormat.Unified : DiffFormat.Words;
        var normalize = new Command("normalize", "Write one Markdown file with front matter per raw text into normalized/")
        {
            pathsArgument, outOption, checkOption, diffFormatOption, jobsOption, configOption,
        };
        normalize.SetAction(parse => WithEnvironment(parse.GetValue(configOption), output, error, workingDirectory, environment =>
            NormalizeCommand.Run(environment, new NormalizeRequest(
                parse.GetValue(pathsArgument) ?? [], parse.GetValue(outOption), parse.GetValue(checkOption), parse.GetValue(jobsOption))
            {
                DiffFormat = DiffFormatOf(parse),
                Color = UseColor(output),
            })));

        var lintPaths = new Argument<string[]>("PATH")
        {
            Description = "Files, folders or globs, or - for standard input (default: the corpus raw/ folder)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var formatOption = new Option<string[]>("--format", "-f")
        {
            HelpName = "text|json|sarif|github",
            Description = "Output format: text (default), json, sarif, github; repeat with --output for several reports from one run",
        };
        formatOption.AcceptOnlyFromAmong(Reporting.Reporters.Formats);
        var outputOption = new Option<string[]>("--output", "-o")
        {
            HelpName = "FILE",
            Description = "Write the report of the --format just before it to FILE (atomically) instead of standard output",
        };
        (IReadOnlyList<ReportTarget>? Targets, string? Problem) Targets(ParseResult parse)
        {
            // Pairing needs each value's place on the command line: an --output belongs to the --format before it.
            ReportTarget.Word[] Words(Option<string[]> option) =>
                (parse.GetResult(option)?.Tokens ?? []).Select(token => new ReportTarget.Word(token.Value, IndexOf(parse.Tokens, token))).ToArray();
            return ReportTarget.Pair(Words(formatOption), Words(outputOption));
        }
        var unresolvedOption = new Option<bool>("--unresolved")
        {
            Description = "Leave out what normalize resolves (on raw texts): only the findings left for a person",
        };
        var maxWarningsOption = new Option<int?>("--max-warnings")
        {
            HelpName = "N",
            Description = "Exit 1 when more than N warnings remain unresolved (as in eslint)",
        };
        var quietOption = new Option<bool>("--quiet", "-q")
        {
            Description = "Report errors only (as eslint --quiet); warnings and infos are neither shown nor counted",
        };
        var minSeverityOption = new Option<string?>("--min-severity")
        {
            HelpName = "info|warning|error",
            Description = "Report findings of this severity or above (as Vale --minAlertLevel)",
        };
        var ruleOption = new Option<string[]>("--rule")
        {
            HelpName = "ID",
            Description = "Report only this rule (id or name; repeat or comma-separate)",
            AllowMultipleArgumentsPerToken = false,
        };
        var ignoreRuleOption = new Option<string[]>("--ignore-rule")
        {
            HelpName = "ID",
            Description = "Leave this rule's findings out (id or name; repeat or comma-separate)",
        };
        var summaryOption = new Option<bool>("--summary") { Description = "After a text report, count the findings by rule, most frequent first" };
        FocusOptions Focus(ParseResult parse) => new(
            parse.GetValue(quietOption), parse.GetValue(minSeverityOption), parse.GetValue(ruleOption), parse.GetValue(ignoreRuleOption),
            parse.GetValue(summaryOption), parse.GetValue(unresolvedOption));
        var stdinFilepathOption = new Option<string?>("--stdin-filepath")
        {
            HelpName = "FILE",
            Description = "With the path - (standard input): the file the text stands for (raw .txt or Markdown .md; named so in the report)",
        };
        var dryRunOption = new Option<bool>("--dry-run")
        {
            Description = "With --fix: print the fixes as a word diff (no-break spaces shown) and write nothing",
        };
        var fixOption = new Option<bool>("--fix") { Description = "Apply safe fixes in place to Markdown files (refused on raw texts: use normalize)" };
        var lint = new Command("lint", "Report every problem with its file, line, column, rule, severity and fix")
        {
            lintPaths, formatOption, outputOption, maxWarningsOption, quietOption, minSeverityOption, ruleOption, ignoreRuleOption, unresolvedOption,
            summaryOption, fixOption, dryRunOption, stdinFilepathOption, jobsOption, configOption,
        };
        lint.SetAction(parse => Targets(parse) is not ({ } targets, _) ? UsageError(error, "lint", Targets(parse).Problem!)
            : WithEnvironment(parse.GetValue(configOption), output, error, workingDirectory, environment =>
                LintCommand.Run(environment with { StandardInput = input }, new LintRequest(
                    parse.GetValue(lintPaths) ?? [], targets[0].Format, UseColor(output), parse.GetValue(maxWarningsOption),
                    parse.GetValue(jobsOption), parse.GetValue(fixOption), Focus(parse), parse.GetValue(dryRunOption))
                {
                    Targets = targets,
                    StdinFilepath = parse.GetValue(stdinFilepathOption),
                })));

        var changedSinceOption = new Option<string?>("--changed-since")
        {
            HelpName = "REF",
            Description = "Only raw texts changed since this git ref (and their sidecars and normalized files)",
        };
        var shardOption = new Option<string?>("--shard")
        {
            HelpName = "I/N",
            Description = "Check part i of n (i/n), split by a hash of each file's path, for a CI matrix",
        };
        var noCacheOption = new Option<bool>("--no-cache") { Description = "Neither read nor write the check cache" };
        var cacheLocationOption = new Option<string?>("--cache-location")
        {
            HelpName = "DIR",
            Description = "Folder of the check cache (default: .natocorpus-cache/)",
        };
        var check = new Command("check", "CI: lint the corpus, check normalized/ is up to date and valid; exit 1 on any failure")
        {
            formatOption, outputOption, maxWarningsOption, quietOption, minSeverityOption, ruleOption, ignoreRuleOption, unresolvedOption, summaryOption,
            changedSinceOption, shardOption, noCacheOption, cacheLocationOption, diffFormatOption, jobsOption, configOption,
        };
        check.SetAction(parse => Targets(parse) is not ({ } targets, _) ? UsageError(error, "check", Targets(parse).Problem!)
            : WithEnvironment(parse.GetValue(configOption), output, error, workingDirectory, environment =>
                CheckCommand.Run(environment, new CheckRequest(
                    targets[0].Format, UseColor(output), parse.GetValue(maxWarningsOption), parse.GetValue(jobsOption),
                    parse.GetValue(changedSinceOption),
                    parse.GetValue(shardOption), !parse.GetValue(noCacheOption), parse.GetValue(cacheLocationOption), Focus(parse))
                {
                    Targets = targets,
                    DiffFormat = DiffFormatOf(parse),
                })));

        var ruleArgument = new Argument<string?>("ID") { Description = "A rule id or name (default: list them all)", Arity = ArgumentArity.ZeroOrOne };
        var rules = new Command("rules", "List the rules, or print one rule's documentation") { ruleArgument };
        rules.SetAction(parse => RulesCommand.Run(output, error, parse.GetValue(ruleArgument)));

        var forceOption = new Option<bool>("--force") { Description = "Overwrite an existing natocorpus.yaml" };
        var init = new Command("init", "Write a commented default natocorpus.yaml in the working directory") { forceOption };
        init.SetAction(parse => InitCommand.Run(
            new CommandEnvironment(workingDirectory, CorpusLayout.At(workingDirectory), new Pipeline.EngineOptions(), output, error),
            parse.GetValue(forceOption)));

        var configFormatOption = new Option<string>("--format", "-f")
        {
            HelpName = "text|json",
            Description = "Output format: text (YAML), json",
            DefaultValueFactory = _ => "text",
        };
        configFormatOption.AcceptOnlyFromAmong(ConfigCommand.Formats);
        var schemaOption = new Option<string?>("--schema")
        {
            HelpName = "config|sidecar",
            Description = "Print the JSON Schema of natocorpus.yaml or of a sidecar instead",
        };
        schemaOption.AcceptOnlyFromAmong(ConfigCommand.Schemas);
        var config = new Command("config", "Print the configuration in force (merged with the defaults), the corpus root found and the files it came from")
        {
            configFormatOption, schemaOption, configOption,
        };
        config.SetAction(parse => ConfigCommand.Run(workingDirectory, output, error,
            new ConfigRequest(parse.GetValue(configFormatOption)!, parse.GetValue(configOption), parse.GetValue(schemaOption))));

        var evalFolders = new Argument<string[]>("FOLDER")
        {
            Description = "Folders of labelled texts (bench/eval/FORMAT.md)",
            Arity = ArgumentArity.OneOrMore,
        };
        var missesOption = new Option<bool>("--misses") { Description = "List every line, title and date recognized wrongly" };
        var eval = new Command("eval", "Measure recognition (line kinds, titles, dates) on labelled texts") { evalFolders, missesOption, configOption };
        eval.SetAction(parse => WithEnvironment(parse.GetValue(configOption), output, error, workingDirectory, environment =>
            EvalCommand.Run(environment, parse.GetValue(evalFolders) ?? [], parse.GetValue(missesOption))));

        var recurringPaths = new Argument<string[]>("PATH")
        {
            Description = "Raw files or folders (default: the corpus raw/ folder)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var minTextsOption = new Option<int?>("--min-texts")
        {
            HelpName = "N",
            Description = "A line is furniture when found in at least N texts (default: 3, or 2 % of a large corpus)",
        };
        var recurringOut = new Option<string?>("--out", "-o") { HelpName = "FILE", Description = "Write the data file here (default: print it)" };
        var recurring = new Command("recurring", "Find lines repeated verbatim across the corpus (site furniture) and write them as a reviewable data file")
        {
            recurringPaths, minTextsOption, recurringOut, configOption,
        };
        recurring.SetAction(parse => WithEnvironment(parse.GetValue(configOption), output, error, workingDirectory, environment =>
            RecurringCommand.Run(environment, new RecurringRequest(
                parse.GetValue(recurringPaths) ?? [], parse.GetValue(minTextsOption), parse.GetValue(recurringOut)))));

        var reportPaths = new Argument<string[]>("paths")
        {
            Description = "Raw files or folders (default: the corpus raw/ folder)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var reportOut = new Option<string?>("--out", "-o") { Description = "Folder of the report (default: report/)" };
        var report = new Command("report", "Write the review report: a static site (index, one page per text, rule docs) that opens from disk")
        {
            reportPaths, reportOut, jobsOption, configOption,
        };
        report.SetAction(parse => WithEnvironment(parse.GetValue(configOption), output, error, workingDirectory, environment =>
            ReportCommand.Run(environment, new ReportRequest(parse.GetValue(reportPaths) ?? [], parse.GetValue(reportOut), parse.GetValue(jobsOption)))));

        // A plain command named as the installed tool, not RootCommand, whose name is the executable's
        // ("NatoCorpus.Cli" under dotnet run): help and messages say `natocorpus`.
        var root = new Command("natocorpus", "NatoCorpus: lint and normalize scraped French news texts into an auditable archive")
        {
            new HelpOption(),
            new VersionOption(),
            check,
            config,
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
        var usage = CommandLineUsage.Problems(result);
        if (usage.Count > 0)
        {
            // Usage errors exit 2, as documented (System.CommandLine's own default is 1).
            foreach (var problem in usage)
            {
                error.WriteLine($"natocorpus: {problem}");
            }
            error.WriteLine(result.CommandResult.Command == root
                ? "Run 'natocorpus --help' for usage."
                : $"Run 'natocorpus {result.CommandResult.Command.Name} --help' for usage.");
            return ExitCodes.BadInput;
        }
        return result.Invoke(invocation);
    }

    private static int IndexOf(IReadOnlyList<System.CommandLine.Parsing.Token> tokens, System.CommandLine.Parsing.Token token)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (ReferenceEquals(tokens[i], token))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>A usage error found after parsing, worded and exited as the parser's own (exit 2).</summary>
    private static int UsageError(TextWriter error, string command, string problem)
    {
        error.WriteLine($"natocorpus: {problem}");
        error.WriteLine($"Run 'natocorpus {command} --help' for usage.");
        return ExitCodes.BadInput;
    }

    /// <summary>Colour only on a terminal, and never when NO_COLOR is set (no-color.org).</summary>
    private static bool UseColor(TextWriter output) =>
        output == Console.Out && !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    private static int WithEnvironment(string? configPath, TextWriter output, TextWriter error, string workingDirectory, Func<CommandEnvironment, int> command)
    {
        LoadedConfig config;
        var found = CorpusLayout.FindRootOrNull(workingDirectory);
        try
        {
            var root = found ?? Path.GetFullPath(workingDirectory);
            config = LoadedConfig.Load(root, configPath is null ? null : Path.GetFullPath(configPath, workingDirectory));
        }
        catch (DataFileException exception)
        {
            error.WriteLine($"{exception.Path}:{exception.Line}:{exception.Column}: error: {exception.Problem}");
            return ExitCodes.BadInput;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var (path, reason) = exception is UnreadableFileException refused
                ? (refused.Path, refused.Reason)
                : (configPath ?? CorpusLayout.ConfigFileName, exception.Message);
            error.WriteLine($"{path}:1:1: error: cannot read the configuration: {reason}");
            return ExitCodes.BadInput;
        }
        // The bar shares the terminal with the report: whatever reaches that terminal goes through its guard.
        var progress = output == Console.Out ? TerminalProgress.ForConsole() : null;
        var reportOutput = progress is not null && !Console.IsOutputRedirected ? progress.Guard(output) : output;
        var errorOutput = progress is not null ? progress.Guard(error) : error;
        return command(new CommandEnvironment(workingDirectory, config.Layout, config.Options, reportOutput, errorOutput) {
            DocsUrl = config.DocsUrl,
            StepSummaryPath = Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY"),
            Ignore = config.Ignore,
            CacheKey = config.CacheKey,
            ConfigPath = config.Path,
            RootFound = found is not null || configPath is not null,
            DataFiles = config.DataFiles,
            ProgressFactory = progress is null ? null : progress.Start,
        });
    }
}
