using System.Diagnostics;
using System.Globalization;
using System.Text;

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

/// <summary>
/// A one-line progress bar on a terminal that the report shares. Standard output and standard error reach the same
/// screen with one cursor, so a bar drawn in the middle of a report line, or erased with cursor moves, destroys
/// report lines (a bar that redrew itself by moving up erased and garbled findings, and erased the last one's
/// excerpt when it cleared). Here every write to the report goes through <see cref="Guard"/>, which erases the bar
/// first (a carriage return and an erase of that one line, where the bar is alone), and the bar is drawn only when
/// both streams stand at the start of a line. The bar is never wider than the terminal, so it never wraps onto a
/// second line that the erasure would miss.
/// </summary>
public sealed class ProgressLine
{
    private const string EraseLine = "\r\u001b[2K";

    private readonly object _gate = new();
    private readonly TextWriter _terminal;
    private readonly int _width;
    private readonly TimeSpan _delay;
    private readonly TimeSpan _interval;
    private readonly bool[] _atLineStart = [true, true];
    private int _guards;
    private bool _shown;

    /// <param name="terminal">Where the bar is drawn: standard error, a terminal.</param>
    /// <param name="width">The terminal's width in columns (0 or less when unknown: 80).</param>
    /// <param name="delay">How long a run lasts before the bar appears, so short runs stay clean.</param>
    /// <param name="interval">How often the bar is redrawn.</param>
    public ProgressLine(TextWriter terminal, int width, TimeSpan delay, TimeSpan interval)
    {
        _terminal = terminal;
        _width = width > 0 ? width : 80;
        _delay = delay;
        _interval = interval;
    }

    /// <summary>
    /// <paramref name="writer"/> (standard output or standard error, on the bar's terminal), made to erase the bar
    /// before each write and to tell the bar whether it may be drawn again.
    /// </summary>
    public TextWriter Guard(TextWriter writer)
    {
        lock (_gate)
        {
            if (_guards >= _atLineStart.Length)
            {
                throw new InvalidOperationException("a terminal has two streams to guard: standard output and standard error");
            }
            return new GuardedWriter(this, writer, _guards++);
        }
    }

    /// <summary>A bar for a run over <paramref name="total"/> files, drawn until it is disposed.</summary>
    public IProgressSink Start(int total) => total > 1 ? new Run(this, total) : NoProgress.Instance;

    private void Write(int stream, TextWriter inner, string text)
    {
        if (text.Length == 0)
        {
            return;
        }
        lock (_gate)
        {
            EraseLocked();
            inner.Write(text);
            // Flushed inside the lock: the bar must never reach the terminal before report bytes written before it.
            inner.Flush();
            _atLineStart[stream] = text[^1] == '\n';
        }
    }

    private void EraseLocked()
    {
        if (_shown)
        {
            _terminal.Write(EraseLine);
            _terminal.Flush();
            _shown = false;
        }
    }

    private void Draw(string bar)
    {
        lock (_gate)
        {
            // In the middle of a report line, the bar waits: drawing it there would overwrite the line's start.
            if (!_atLineStart.All(start => start))
            {
                return;
            }
            _terminal.Write(EraseLine + bar);
            _terminal.Flush();
            _shown = true;
        }
    }

    private void Clear()
    {
        lock (_gate)
        {
            EraseLocked();
        }
    }

    /// <summary>`files  1234/3000 [========>           ]  41 %  512 files/s  0:03 left`, cut to the terminal's width.</summary>
    public static string Format(int completed, int total, TimeSpan elapsed, int width)
    {
        var culture = CultureInfo.InvariantCulture;
        var rate = elapsed.TotalSeconds > 0 ? completed / elapsed.TotalSeconds : 0;
        var left = rate > 0 ? TimeSpan.FromSeconds(Math.Ceiling((total - completed) / rate)) : (TimeSpan?)null;
        var percent = total == 0 ? 100 : completed * 100 / total;
        var counts = $"files {completed.ToString(culture).PadLeft(total.ToString(culture).Length)}/{total.ToString(culture)}";
        var tail = $" {percent.ToString(culture),3} % {rate.ToString("0", culture),5} files/s {(left is { } time ? $"{(int)time.TotalMinutes}:{time.Seconds:00} left" : "-:-- left")}";
        // The bar takes what is left of the width, one column spare: writing in the last column wraps on some terminals.
        var barWidth = Math.Min(40, width - 1 - counts.Length - tail.Length - 3);
        var line = counts;
        if (barWidth >= 10)
        {
            var filled = total == 0 ? barWidth : (int)((long)completed * barWidth / total);
            line += " [" + new string('=', filled) + new string(' ', barWidth - filled) + "]";
        }
        line += tail;
        return line.Length <= width - 1 ? line : line[..Math.Max(0, width - 1)];
    }

    private sealed class Run : IProgressSink
    {
        private readonly ProgressLine _line;
        private readonly int _total;
        private readonly CancellationTokenSource _done = new();
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly Task _display;
        private int _completed;

        public Run(ProgressLine line, int total)
        {
            _line = line;
            _total = total;
            _display = Task.Run(ShowAsync);
        }

        public void Advance() => Interlocked.Increment(ref _completed);

        private async Task ShowAsync()
        {
            try
            {
                await Task.Delay(_line._delay, _done.Token).ConfigureAwait(false);
                while (!_done.IsCancellationRequested)
                {
                    _line.Draw(Format(Volatile.Read(ref _completed), _total, _clock.Elapsed, _line._width));
                    await Task.Delay(_line._interval, _done.Token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
            }
        }

        public void Dispose()
        {
            _done.Cancel();
            _display.Wait();
            _done.Dispose();
            // Only the bar's own line is erased: the report above it stays as written.
            _line.Clear();
        }
    }

    private sealed class GuardedWriter : TextWriter
    {
        private readonly ProgressLine _line;
        private readonly TextWriter _inner;
        private readonly int _stream;

        public GuardedWriter(ProgressLine line, TextWriter inner, int stream) : base(inner.FormatProvider)
        {
            (_line, _inner, _stream) = (line, inner, stream);
            CoreNewLine = inner.NewLine.ToCharArray();
        }

        public override Encoding Encoding => _inner.Encoding;

        public override void Write(char value) => _line.Write(_stream, _inner, value.ToString());

        public override void Write(string? value) => _line.Write(_stream, _inner, value ?? "");

        public override void Write(char[] buffer, int index, int count) => _line.Write(_stream, _inner, new string(buffer, index, count));

        public override void Write(ReadOnlySpan<char> buffer) => _line.Write(_stream, _inner, buffer.ToString());

        public override void WriteLine(string? value) => _line.Write(_stream, _inner, (value ?? "") + NewLine);

        public override void WriteLine(ReadOnlySpan<char> buffer) => _line.Write(_stream, _inner, buffer.ToString() + NewLine);

        public override void Flush() => _inner.Flush();
    }
}
