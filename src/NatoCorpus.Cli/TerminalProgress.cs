using NatoCorpus.Commands;

namespace NatoCorpus.Cli;

/// <summary>
/// Wiring of the progress bar: on standard error, only when it is a terminal and not under CI, shown once a run has
/// lasted a second, so short runs and piped output stay clean. The bar itself is the library's <see cref="ProgressLine"/>.
/// </summary>
public static class TerminalProgress
{
    /// <summary>A bar for this process's terminal, or null when standard error is not one.</summary>
    public static ProgressLine? ForConsole()
    {
        if (Console.IsErrorRedirected || Environment.GetEnvironmentVariable("CI") is not null)
        {
            return null;
        }
        int width;
        try
        {
            width = Console.WindowWidth;
        }
        catch (IOException)
        {
            width = 0;
        }
        return new ProgressLine(Console.Error, width, TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(100));
    }
}
