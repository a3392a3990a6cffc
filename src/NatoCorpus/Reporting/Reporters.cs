namespace NatoCorpus.Reporting;

public static class Reporters
{
    public static readonly string[] Formats = ["text", "json", "sarif", "github"];

    /// <summary>Where rule docs are published, for help links (configurable as docs_url).</summary>
    public const string DefaultDocsUrl = "https://github.com/natocorpus/natocorpus/blob/main/docs/rules/";

    /// <param name="stepSummaryPath">For the github format: the file of the job summary ($GITHUB_STEP_SUMMARY), or null.</param>
    public static IReporter For(string format, bool color, string docsUrl = DefaultDocsUrl, string? stepSummaryPath = null) => format switch
    {
        "text" => new TextReporter(color),
        "json" => new JsonReporter(),
        "github" => new GitHubReporter(stepSummaryPath),
        "sarif" => new SarifReporter(docsUrl),
        _ => throw new ArgumentException($"unknown format '{format}' (one of: {string.Join(", ", Formats)})"),
    };
}
