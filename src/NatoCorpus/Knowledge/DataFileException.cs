namespace NatoCorpus.Knowledge;

/// <summary>A data or configuration file the tool cannot use, with the place of the mistake.</summary>
public sealed class DataFileException(string path, long line, long column, string problem)
    : Exception($"{path}:{line}:{column}: {problem}")
{
    public string Path { get; } = path;
    public long Line { get; } = line;
    public long Column { get; } = column;
    public string Problem { get; } = problem;
}
