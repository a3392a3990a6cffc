namespace NatoCorpus.Reporting;

public static class Reporters
{
    public static readonly string[] Formats = ["text", "json", "sarif", "github"];

    /// <summary>Where rule docs are published, for help links (configurable as docs_url).</summary>
    public const string DefaultDocsUrl = "https://github.com/natocorpus/natocorpus/blob/main/docs/rules/";

    public static IReporter For(string format, bool color, string docsUrl = DefaultDocsUrl) => format switch
    {
        "text" => new TextReporter(color),
        "json" => new JsonReporter(),
        "github" => new GitHubReporter(),
        "sarif" => new SarifReporter(docsUrl),
        _ => throw new ArgumentException($"unknown format '{format}' (one of: {string.Join(", ", Formats)})"),
    };
}
