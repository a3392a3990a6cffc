using System.CommandLine;
using System.CommandLine.Parsing;
using NatoCorpus.Text;

namespace NatoCorpus.Cli;

/// <summary>
/// Usage errors as the tools people know word them: System.CommandLine hands a word that looks like an option but
/// is none to a command's paths argument (`lint --foo` linted a file named "--foo"), and calls an unknown command an
/// "unrecognized command or argument". Here such words are unknown options or commands, with "did you mean" when
/// a known one is close. After `--`, every word is a path, as usual.
/// </summary>
public static class CommandLineUsage
{
    public static IReadOnlyList<string> Problems(ParseResult result)
    {
        var problems = new List<string>();
        var command = result.CommandResult.Command;
        var tokens = result.Tokens;
        var doubleDash = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Type == TokenType.DoubleDash)
            {
                doubleDash = i;
                break;
            }
        }
        bool BeforeDoubleDash(Token token)
        {
            var index = -1;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (ReferenceEquals(tokens[i], token))
                {
                    index = i;
                    break;
                }
            }
            return doubleDash < 0 || index < doubleDash;
        }
        var reported = new HashSet<string>(StringComparer.Ordinal);

        // Words taken as paths that look like options ("-" alone is standard input, "-1" a number).
        foreach (var argument in result.CommandResult.Children.OfType<ArgumentResult>())
        {
            foreach (var token in argument.Tokens.Where(token => LooksLikeOption(token.Value) && BeforeDoubleDash(token)))
            {
                problems.Add(UnknownOption(token.Value, command));
                reported.Add(token.Value);
            }
        }
        foreach (var word in result.UnmatchedTokens.Where(reported.Add))
        {
            if (LooksLikeOption(word))
            {
                problems.Add(UnknownOption(word, command));
            }
            else if (command.Subcommands.Count > 0)
            {
                var suggestion = ClosestWord.Among(word, command.Subcommands.Select(sub => sub.Name));
                problems.Add(suggestion is null ? $"unknown command '{word}'" : $"unknown command '{word}' (did you mean '{suggestion}'?)");
            }
            else
            {
                problems.Add($"unexpected argument '{word}'");
            }
        }
        foreach (var error in result.Errors)
        {
            // Errors about the words reported above say the same thing less well.
            // "Required command was not provided" after an unknown command is the same mistake again.
            var required = error.Message == "Required command was not provided.";
            if (!reported.Any(word => error.Message.Contains($"'{word}'", StringComparison.Ordinal)) && !(required && reported.Count > 0))
            {
                problems.Add(required ? "no command given (one of: " + string.Join(", ", command.Subcommands.Select(sub => sub.Name)) + ")" : error.Message);
            }
        }
        return problems;
    }

    private static bool LooksLikeOption(string word) => word.Length > 1 && word[0] == '-' && !double.TryParse(word, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);

    private static string UnknownOption(string word, Command command)
    {
        var name = word.Split('=', 2)[0];
        var known = command.Options.SelectMany(option => option.Aliases.Prepend(option.Name)).Where(alias => alias.StartsWith("--", StringComparison.Ordinal));
        var suggestion = ClosestWord.Among(name, known);
        return suggestion is null ? $"unknown option {name}" : $"unknown option {name} (did you mean {suggestion}?)";
    }
}
