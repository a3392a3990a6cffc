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
                try
                {
                    texts.Add(LabelledText.Read(Path.GetRelativePath(environment.WorkingDirectory, path), File.ReadAllText(path)));
                }
                catch (DataFileException exception)
                {
                    environment.Error.WriteLine($"{Printable.Escape(exception.Path)}:{exception.Line}:{exception.Column}: error: {Printable.Escape(exception.Problem)}");
                    return ExitCodes.BadInput;
                }
            }
        }
        var engine = new Pipeline.CorpusEngine(environment.Options, renderOutput: false);
        RecognitionEvaluation.Run(engine, texts).Write(environment.Output, showMisses);
        return ExitCodes.Clean;
    }
}
