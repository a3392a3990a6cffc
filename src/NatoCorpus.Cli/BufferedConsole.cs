using System.Text;

namespace NatoCorpus.Cli;

/// <summary>
/// Standard output through a 64 KB buffer when it is a file or a pipe. .NET's console writer flushes after every
/// write, in pieces of a few hundred bytes: a JSON report of 2,000 texts (45 MB) took some 180,000 system calls.
/// A terminal keeps the console's own writer (the report and the progress bar share it line by line), and so does
/// an encoding other than UTF-8. Standard error flushes standard output before each write, so the two streams keep
/// their order when they go to the same place (2&gt;&amp;1); the bytes of each stream are the same as unbuffered.
/// </summary>
internal static class BufferedConsole
{
    private const int BufferSize = 64 * 1024;

    public static int Run(Func<int> run)
    {
        if (!Console.IsOutputRedirected || Console.OutputEncoding.CodePage != Encoding.UTF8.CodePage)
        {
            return run();
        }
        var output = TextWriter.Synchronized(new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), BufferSize) { AutoFlush = false });
        Console.SetOut(output);
        Console.SetError(TextWriter.Synchronized(new OutputFirstWriter(Console.Error, output)));
        try
        {
            return run();
        }
        finally
        {
            output.Flush();
        }
    }

    /// <summary>Standard error, which first flushes what standard output holds.</summary>
    private sealed class OutputFirstWriter(TextWriter error, TextWriter output) : TextWriter
    {
        public override Encoding Encoding => error.Encoding;

        public override IFormatProvider FormatProvider => error.FormatProvider;

        public override string NewLine
        {
            get => error.NewLine;
#pragma warning disable CS8765 // TextWriter.NewLine's setter takes null (it means the default).
            set => error.NewLine = value;
#pragma warning restore CS8765
        }

        public override void Write(char value)
        {
            output.Flush();
            error.Write(value);
        }

        public override void Write(string? value)
        {
            output.Flush();
            error.Write(value);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            output.Flush();
            error.Write(buffer, index, count);
        }

        public override void WriteLine(string? value)
        {
            output.Flush();
            error.WriteLine(value);
        }

        public override void Flush()
        {
            output.Flush();
            error.Flush();
        }
    }
}
