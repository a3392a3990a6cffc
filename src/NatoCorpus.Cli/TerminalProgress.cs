using NatoCorpus.Commands;
using Spectre.Console;

namespace NatoCorpus.Cli;

/// <summary>
/// A progress bar with files per second on the terminal's standard error, shown only once a run has lasted a
/// second, so short runs and piped output stay clean.
/// </summary>
public sealed class TerminalProgress : IProgressSink
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    private readonly int _total;
    private readonly CancellationTokenSource _done = new();
    private readonly Task _display;
    private int _completed;

    private TerminalProgress(int total)
    {
        _total = total;
        _display = Task.Run(ShowAsync);
    }

    /// <summary>A progress display when standard error is a terminal; none otherwise.</summary>
    public static IProgressSink For(int total) =>
        !Console.IsErrorRedirected && total > 1 && Environment.GetEnvironmentVariable("CI") is null ? new TerminalProgress(total) : NoProgress.Instance;

    public void Advance() => Interlocked.Increment(ref _completed);

    private async Task ShowAsync()
    {
        try
        {
            await Task.Delay(Delay, _done.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("files", maxValue: _total);
                while (!_done.IsCancellationRequested)
                {
                    task.Value = Volatile.Read(ref _completed);
                    try
                    {
                        await Task.Delay(100, _done.Token);
                    }
                    catch (OperationCanceledException)
                    {
                    }
                }
                task.Value = _total;
            });
    }

    public void Dispose()
    {
        _done.Cancel();
        _display.Wait();
        _done.Dispose();
    }
}
