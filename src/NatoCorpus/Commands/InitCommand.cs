using NatoCorpus.Corpus;

namespace NatoCorpus.Commands;

/// <summary>`natocorpus init`: writes a commented default natocorpus.yaml.</summary>
public static class InitCommand
{
    public const string DefaultConfig = """
        # NatoCorpus configuration. Every key is optional; these are the defaults.
        # Docs: README.md ("Configuration"); rules: `natocorpus rules`.

        # Folder of raw texts (evidence: never written) and folder of normalized Markdown.
        raw: raw
        normalized: normalized

        # Globs (relative to the root) of raw files to leave out of lint, normalize and check.
        ignore: []

        # The no-break space typography writes: nbsp (U+00A0), narrow (U+202F), or source (whichever the raw text uses most).
        no_break_space: nbsp

        # Extra data files extending the shipped ones: typo substitutions, grammar suggestions, header shapes,
        # embed and banner patterns, month names. Same format as src/NatoCorpus/Data/*.yaml.
        data: []

        # Raw files larger than this many bytes are refused unread (default 5 MB).
        max_file_size: 5242880

        # Also apply unsafe fixes: word substitutions whose context does not settle them ("miliaire" far from any
        # military word). Off: they are reported and listed under suggestions. On: applied and listed under corrections.
        unsafe_fixes: false

        # Where the rule docs are published (help links in SARIF output).
        docs_url: https://github.com/natocorpus/natocorpus/blob/main/docs/rules/

        # Per rule (id or name): off, on, error, warning or info.
        rules: {}
        #  NC206: off
        #  doubtful-grammar: error

        # raw, normalized and data must be inside this folder (links resolved); true lets them lie outside it.
        allow_outside_root: false

        """;

    public static int Run(CommandEnvironment environment, bool force)
    {
        var path = Path.Combine(environment.WorkingDirectory, CorpusLayout.ConfigFileName);
        if ((File.Exists(path) || new FileInfo(path).LinkTarget is not null) && !force)
        {
            environment.Error.WriteLine($"natocorpus: {CorpusLayout.ConfigFileName} already exists (use --force to overwrite)");
            return ExitCodes.BadInput;
        }
        try
        {
            // Atomic, and never through a link: natocorpus.yaml may be a link to a file elsewhere that --force must not clobber.
            AtomicFile.Write(path, new System.Text.UTF8Encoding(false).GetBytes(DefaultConfig));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var reason = Knowledge.UnreadableFileException.ReasonOf(exception);
            environment.Error.WriteLine($"{CorpusLayout.ConfigFileName}:1:1: error: cannot write: {reason}");
            return ExitCodes.BadInput;
        }
        environment.Output.WriteLine($"wrote {CorpusLayout.ConfigFileName}");
        return ExitCodes.Clean;
    }
}
