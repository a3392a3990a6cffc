using NatoCorpus.Commands;
using NatoCorpus.Tests.Cli;

namespace NatoCorpus.Tests.Commands;

/// <summary>The progress bar and the report on one terminal, replayed: the report is never erased or garbled.</summary>
public sealed class ProgressLineTests
{
    [Fact]
    public void Report_lines_written_while_the_bar_is_drawn_all_stay_on_the_screen()
    {
        var terminal = new LockedWriter();
        var line = new ProgressLine(terminal, 60, TimeSpan.Zero, TimeSpan.FromMilliseconds(1));
        var output = line.Guard(terminal);
        var error = line.Guard(terminal);
        var expected = new List<string>();
        using (var progress = line.Start(200))
        {
            for (var i = 0; i < 200; i++)
            {
                // A finding in pieces, as the text reporter writes it, then its excerpt: the bar may come only between.
                output.Write($"raw/{i:D3}.txt:1:1: ");
                Thread.Sleep(i % 20 == 0 ? 5 : 0);
                output.WriteLine("warning NC206 repeated-spaces");
                output.WriteLine("    excerpt");
                expected.AddRange([$"raw/{i:D3}.txt:1:1: warning NC206 repeated-spaces", "    excerpt"]);
                if (i % 50 == 0)
                {
                    error.WriteLine($"raw/{i:D3}.txt: warning: on standard error");
                    expected.Add($"raw/{i:D3}.txt: warning: on standard error");
                }
                progress.Advance();
            }
            WaitForTheBar(terminal);
        }
        output.WriteLine("200 files");
        expected.Add("200 files");

        Assert.Contains("files/s", Text(terminal), StringComparison.Ordinal);
        Assert.Equal(expected, Screen(terminal));
    }

    [Fact]
    public void The_last_excerpt_survives_the_bar_being_cleared()
    {
        var terminal = new LockedWriter();
        var line = new ProgressLine(terminal, 80, TimeSpan.Zero, TimeSpan.FromMilliseconds(1));
        var output = line.Guard(terminal);
        using (var progress = line.Start(2))
        {
            output.WriteLine("raw/a.txt:1:1: warning NC206 repeated-spaces: two spaces");
            output.WriteLine("    le  texte");
            output.WriteLine("      ^^");
            progress.Advance();
            WaitForTheBar(terminal);
        }
        Assert.Equal(["raw/a.txt:1:1: warning NC206 repeated-spaces: two spaces", "    le  texte", "      ^^"], Screen(terminal));
    }

    /// <summary>The screen, newlines as a terminal's line discipline delivers them (onlcr: LF becomes CR LF).</summary>
    private static IReadOnlyList<string> Screen(LockedWriter terminal) => TerminalScreen.Render(Text(terminal).Replace("\n", "\r\n", StringComparison.Ordinal));

    /// <summary>Waits (on a busy machine, the drawing task may start late) until the bar has been drawn.</summary>
    private static void WaitForTheBar(LockedWriter terminal)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!Text(terminal).Contains("files/s", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(10);
        }
    }

    private static string Text(LockedWriter terminal) => terminal.ToString();

    /// <summary>A terminal's record that the drawing task and the test may use at once.</summary>
    private sealed class LockedWriter : TextWriter
    {
        private readonly System.Text.StringBuilder _text = new();

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value)
        {
            lock (_text)
            {
                _text.Append(value);
            }
        }

        public override void Write(string? value)
        {
            lock (_text)
            {
                _text.Append(value);
            }
        }

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override string ToString()
        {
            lock (_text)
            {
                return _text.ToString();
            }
        }
    }

    [Theory]
    [InlineData(20)]
    [InlineData(40)]
    [InlineData(80)]
    [InlineData(200)]
    public void The_bar_counts_files_per_second_and_never_wraps(int width)
    {
        var bar = ProgressLine.Format(1234, 3000, TimeSpan.FromSeconds(2), width);
        Assert.True(bar.Length < width, bar);
        if (width == 80)
        {
            Assert.Equal("files 1234/3000 [============                   ]  41 %   617 files/s 0:03 left", bar);
        }
    }
}
