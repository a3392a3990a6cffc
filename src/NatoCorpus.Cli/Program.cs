using NatoCorpus.Cli;

return BufferedConsole.Run(() => CliApp.Run(args, Console.Out, Console.Error, Environment.CurrentDirectory));
