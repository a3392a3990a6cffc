using NatoCorpus.Corpus;

namespace NatoCorpus.Commands;

/// <summary>`natocorpus init`: writes a commented default natocorpus.yaml.</summary>
public static class InitCommand
{
    public const string DefaultConfig = "# yaml-language-server: $schema=" + CorpusLayout.ConfigSchemaUrl + "\n" + """
        # NatoCorpus configuration. Every key is optional; these are the defaults.
        # Docs: README.md ("Configuration"); rules: `natocorpus rules`.

        # Folder of raw texts (evidence: never written) and folder of normalized Markdown.
        raw: raw
        normalized: normalized

        # Raw files to leave out of lint, normalize and check: .gitignore lines, relative to the root (the root's
        # .gitignore is read too, first, so a line here can take a file back with `!`).
        ignore: []

        # The no-break space typography writes: nbsp (U+00A0), narrow (U+202F), or source (whichever the raw text uses most).
        no_break_space: nbsp

        # Extra data files extending the shipped ones: typo substitutions, grammar suggestions, header shapes,
        # embed and banner patterns, month names. Same format as src/NatoCorpus/Data/*.yaml.
        data: []

        # Words the spelling rule (NC304) accepts in every text (house spellings, names), as cspell's words:.
        words: []

        # Raw files larger than this many bytes are refused unread (default 5 MB).
        max_file_size: 5242880

        # Also apply unsafe fixes: word substitutions whose context does not settle them ("miliaire" far from any
        # military word). Off: they are reported and listed under suggestions. On: applied and listed under corrections.
        unsafe_fixes: false

        # Where the rule docs are published (help links in SARIF output).
        docs_url: https://github.com/natocorpus/natocorpus/blob/main/docs/rules/

        # Per rule (id or name) or tag: off, on, error, warning or info (`natocorpus config` shows every rule in force).
        rules: {}
        #  NC206: off
        #  doubtful-grammar: error

        # raw, normalized and data must be inside this folder (links resolved); true lets them lie outside it.
        allow_outside_root: false

        """;

    /// <summary>What to do after `init`, printed once the file is written.</summary>
    public const string NextSteps = """
        next: put the raw texts in raw/ (a raw/<id>.meta.yaml beside one states its title or date), then
          natocorpus lint        every finding, with its place and rule
          natocorpus normalize   writes normalized/<id>.md
          natocorpus check       the CI check (.github/workflows/corpus.yml runs it)
          natocorpus config      the configuration in force
        """;

    public static int Run(CommandEnvironment environment, bool force)
    {
        var path = Path.Combine(environment.WorkingDirectory, CorpusLayout.ConfigFileName);
        var parent = Directory.GetParent(Path.GetFullPath(environment.WorkingDirectory)) is { } above
            ? CorpusLayout.FindRootOrNull(above.FullName)
            : null;
        if (parent is not null && File.Exists(Path.Combine(parent, CorpusLayout.ConfigFileName)))
        {
            // A corpus inside a corpus: the new file wins for every command run here, and the outer corpus's raw/
            // may already hold these texts. Said, not refused: a sub-corpus can be meant.
            var outer = Path.GetRelativePath(environment.WorkingDirectory, Path.Combine(parent, CorpusLayout.ConfigFileName)).Replace('\\', '/');
            environment.Error.WriteLine($"natocorpus: warning: this folder is inside the corpus of {outer}; a {CorpusLayout.ConfigFileName} here "
                + "makes it a corpus of its own, and commands run here will no longer use that one. If that is not meant, "
                + "remove the file and run natocorpus from the corpus above (`natocorpus config` shows which configuration is in force).");
        }
        if ((File.Exists(path) || new FileInfo(path).LinkTarget is not null) && !force)
        {
            environment.Error.WriteLine($"natocorpus: {CorpusLayout.ConfigFileName} already exists (use --force to overwrite)");
            return ExitCodes.BadInput;
        }
        // Atomic, and never through a link: natocorpus.yaml may be a link to a file elsewhere that --force must not clobber.
        if (!environment.TryWriteAtomically(path, CorpusLayout.ConfigFileName, DefaultConfig))
        {
            return ExitCodes.BadInput;
        }
        environment.Output.WriteLine($"wrote {CorpusLayout.ConfigFileName}");
        environment.Output.Write(NextSteps.ReplaceLineEndings("\n") + "\n");
        return ExitCodes.Clean;
    }
}
