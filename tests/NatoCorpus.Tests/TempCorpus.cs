using NatoCorpus.Commands;
using NatoCorpus.Configuration;

namespace NatoCorpus.Tests;

/// <summary>A throw-away copy of the repository's corpus, and a way to run a command on it as the CLI would.</summary>
internal sealed class TempCorpus : IDisposable
{
    public string Root { get; } = TestCorpus.CopyToTemporary();

    public void Dispose() => Directory.Delete(Root, recursive: true);

    /// <summary>Runs <paramref name="command"/> with the corpus's configuration; returns its exit code and what it printed.</summary>
    public (int Exit, string Output, string Error) Run(Func<CommandEnvironment, int> command) => RunAt(Root, command);

    /// <summary>As <see cref="Run"/>, in the corpus at <paramref name="root"/> (a clone, for example).</summary>
    public static (int Exit, string Output, string Error) RunAt(string root, Func<CommandEnvironment, int> command)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var config = LoadedConfig.Load(root);
        var environment = new CommandEnvironment(root, config.Layout, config.Options, output, error) 
        {
            CacheKey = config.CacheKey,
            Ignore = config.Ignore,
            ConfigPath = config.Path,
            DataFiles = config.DataFiles,
        };
        var exit = command(environment);
        return (exit, output.ToString(), error.ToString());
    }
}
