using NatoCorpus.Pipeline.Evaluation;
using NatoCorpus.Knowledge;
using NatoCorpus.Text;

namespace NatoCorpus.Commands;

/// <summary>
/// `natocorpus eval DIR...`: measures recognition on labelled texts (bench/eval/FORMAT.md): precision and recall
/// per line kind, removal recall, content precision, title and date accuracy. `--misses` lists every mistake.
/// </summary>
public static class EvalCommand
{
    public static int Run(CommandEnvironment environment, IReadOnlyList<string> folders, bool showMisses)
    {
        var texts = new List<LabelledText>();
        foreach (var folder in folders)
        {
            var full = Path.GetFullPath(folder, environment.WorkingDirectory);
            if (!Directory.Exists(full))
            {
                environment.Error.WriteLine($"natocorpus: {folder}: no such folder");
                return ExitCodes.BadInput;
            }
            foreach (var path in Directory.EnumerateFiles(full, "*.txt").Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(environment.WorkingDirectory, path);
                try
                {
                    texts.Add(LabelledText.Read(relative, BoundedFile.ReadAllText(path, environment.Options.MaxFileBytes, "max_file_size")));
                }
                catch (DataFileException exception)
                {
                    environment.Error.WriteLine($"{Printable.Escape(exception.Path)}:{exception.Line}:{exception.Column}: error: {Printable.Escape(exception.Problem)}");
                    return ExitCodes.BadInput;
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    environment.Error.WriteLine($"{relative}:1:1: error: {UnreadableFileException.ReasonOf(exception, "cannot read: ")}");
                    return ExitCodes.BadInput;
                }
            }
        }
        var engine = new Pipeline.CorpusEngine(environment.Options, renderOutput: false);
        try
        {
            RecognitionEvaluation.Run(engine, texts).Write(environment.Output, showMisses);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException exception)
        {
            environment.Error.WriteLine($"natocorpus: eval: {Corpus.CorpusRun.TimedOut(exception)}");
            return ExitCodes.BadInput;
        }
        catch (DataFileException exception)
        {
            // The knowledge loads with the first text: a data file refused then is bad input, not a bug.
            environment.Error.WriteLine($"{Printable.Escape(exception.Path)}:{exception.Line}:{exception.Column}: error: {Printable.Escape(exception.Problem)}");
            return ExitCodes.BadInput;
        }
        return ExitCodes.Clean;
    }
}
