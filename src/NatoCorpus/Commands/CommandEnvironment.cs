using NatoCorpus.Corpus;
using NatoCorpus.Pipeline;

namespace NatoCorpus.Commands;

/// <summary>What every command runs against: where it is, what it is configured with, where it writes.</summary>
public sealed record CommandEnvironment(string WorkingDirectory, CorpusLayout Layout, EngineOptions Options, TextWriter Output, TextWriter Error)
{
    /// <summary>Base URL of the rule docs, for help links in SARIF output.</summary>
    public string DocsUrl { get; init; } = Reporting.Reporters.DefaultDocsUrl;
}

public static class ExitCodes
{
    public const int Clean = 0;
    public const int Findings = 1;
    public const int BadInput = 2;

    public static int Max(int a, int b) => Math.Max(a, b);
}
