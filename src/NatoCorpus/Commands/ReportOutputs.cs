using System.Text;
using NatoCorpus.Corpus;
using NatoCorpus.Knowledge;
using NatoCorpus.Reporting;
using NatoCorpus.Text;

namespace NatoCorpus.Commands;

/// <summary>
/// The reports of one `lint` or `check` run: every target gets every file, in order, through its own reporter, so
/// each file written holds the very bytes a run with that format alone prints. A file is written through a
/// temporary file and renamed into place at the end (<see cref="AtomicFileWriter"/>): a failed or killed run leaves
/// the previous report whole. Colour only ever goes to standard output, and only when the terminal takes it.
/// </summary>
public sealed class ReportOutputs : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(false);

    private readonly List<(ReportTarget Target, IReporter Reporter, TextWriter Writer, AtomicFileWriter? File)> _outputs = [];
    private readonly TextWriter _error;

    private ReportOutputs(TextWriter error) => _error = error;

    /// <summary>The format that goes to standard output, if one does (it decides whether a progress bar may show).</summary>
    public string? StandardOutputFormat { get; private set; }

    /// <summary>Whether one of the reports is in the text format (the review report's pointer is for its readers).</summary>
    public bool AnyText => _outputs.Any(output => output.Target.Format == "text");

    /// <summary>
    /// Opens every target, or says (one line, no exception text) why one cannot be written: inside the raw
    /// folder, a link or a folder in the way, a folder that cannot be made. Nothing is opened then.
    /// </summary>
    public static (ReportOutputs? Outputs, string? Problem) Open(CommandEnvironment environment, IReadOnlyList<ReportTarget> targets, bool color)
    {
        var outputs = new ReportOutputs(environment.Error);
        foreach (var target in targets)
        {
            if (!Reporters.Formats.Contains(target.Format, StringComparer.Ordinal))
            {
                outputs.Dispose();
                return (null, $"--format {target.Format}: not one of {string.Join(", ", Reporters.Formats)}");
            }
            var reporter = Reporters.For(target.Format, color && target.Path is null, environment.DocsUrl, environment.StepSummaryPath);
            if (target.Path is null)
            {
                outputs._outputs.Add((target, reporter, environment.Output, null));
                outputs.StandardOutputFormat = target.Format;
                continue;
            }
            var full = Path.GetFullPath(target.Path, environment.WorkingDirectory);
            var raw = CorpusPaths.RealPath(environment.Layout.RawDirectory) ?? environment.Layout.RawDirectory;
            var folder = Path.GetDirectoryName(full)!;
            if (CorpusPaths.IsInside(raw, CorpusPaths.RealPath(folder) ?? folder))
            {
                outputs.Dispose();
                return (null, $"--output {Printable.Escape(target.Path)}: inside the raw folder: refused, raw texts are evidence and never written");
            }
            try
            {
                var file = AtomicFileWriter.Create(full);
                outputs._outputs.Add((target, reporter, new StreamWriter(file.Stream, Utf8) { NewLine = environment.Output.NewLine }, file));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                outputs.Dispose();
                return (null, $"--output {Printable.Escape(target.Path)}: cannot write: {Printable.Escape(UnreadableFileException.ReasonOf(exception))}");
            }
        }
        return (outputs, null);
    }

    /// <summary>
    /// Whether what only the text report shows (diffs) may be coloured: <paramref name="color"/> (a terminal) and the
    /// one text report going there, so no colour code ever reaches a report file.
    /// </summary>
    public bool ColorText(bool color) =>
        color && StandardOutputFormat == "text" && _outputs.Count(output => output.Target.Format == "text") == 1;

    public void File(FileReport file)
    {
        foreach (var (_, reporter, writer, _) in _outputs)
        {
            reporter.File(writer, file);
        }
    }

    /// <summary>Closes every report with the summary; <paramref name="textEnd"/> adds what only the text format shows after it.</summary>
    public void End(ReportSummary summary, Action<TextWriter>? textEnd = null)
    {
        foreach (var (target, reporter, writer, _) in _outputs)
        {
            reporter.End(writer, summary);
            if (target.Format == "text")
            {
                textEnd?.Invoke(writer);
            }
        }
    }

    /// <summary>Puts every report file in place; false, after one line per file on standard error, when one cannot be.</summary>
    public bool Commit()
    {
        var committed = true;
        foreach (var (target, _, writer, file) in _outputs)
        {
            if (file is null)
            {
                continue;
            }
            try
            {
                // Closing the writer flushes it and closes the temporary file, which the rename then puts in place.
                writer.Dispose();
                file.Commit();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                var reason = Printable.Escape(UnreadableFileException.ReasonOf(exception));
                _error.WriteLine($"natocorpus: --output {Printable.Escape(target.Path!)}: cannot write: {reason}");
                committed = false;
            }
        }
        return committed;
    }

    /// <summary>Removes what was not committed: a report file is whole or not written at all.</summary>
    public void Dispose()
    {
        foreach (var (_, _, writer, file) in _outputs)
        {
            if (file is not null)
            {
                writer.Dispose();
                file.Dispose();
            }
        }
        _outputs.Clear();
    }
}
