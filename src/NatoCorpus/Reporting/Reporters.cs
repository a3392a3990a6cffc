namespace NatoCorpus.Reporting;

public static class Reporters
{
    public static readonly string[] Formats = ["text", "json", "github"];

    public static IReporter For(string format, bool color) => format switch
    {
        "text" => new TextReporter(color),
        "json" => new JsonReporter(),
        "github" => new GitHubReporter(),
        _ => throw new ArgumentException($"unknown format '{format}' (one of: {string.Join(", ", Formats)})"),
    };
}
