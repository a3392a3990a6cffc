namespace NatoCorpus.Reporting;

public static class Reporters
{
    public static readonly string[] Formats = ["text"];

    public static IReporter For(string format, bool color) => format switch
    {
        "text" => new TextReporter(color),
        _ => throw new ArgumentException($"unknown format '{format}' (one of: {string.Join(", ", Formats)})"),
    };
}
