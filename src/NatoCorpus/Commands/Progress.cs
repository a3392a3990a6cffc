namespace NatoCorpus.Commands;

/// <summary>Progress of a run over files; the CLI shows it on a terminal, everything else ignores it.</summary>
public interface IProgressSink : IDisposable
{
    void Advance();
}

public sealed class NoProgress : IProgressSink
{
    public static readonly NoProgress Instance = new();

    public void Advance()
    {
    }

    public void Dispose()
    {
    }
}
