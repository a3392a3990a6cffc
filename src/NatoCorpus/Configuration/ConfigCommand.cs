using System.Text.Json;
using System.Text.Json.Nodes;
using NatoCorpus.Corpus;
using NatoCorpus.Knowledge;
using NatoCorpus.Rules;

namespace NatoCorpus.Configuration;

/// <param name="Format">text (YAML with comments) or json.</param>
/// <param name="ConfigPath">--config FILE, as given; null to look for natocorpus.yaml upward.</param>
/// <param name="Schema">config or sidecar: print that JSON Schema instead.</param>
public sealed record ConfigRequest(string Format = "text", string? ConfigPath = null, string? Schema = null);

/// <summary>
/// `natocorpus config`: the configuration in force, merged with the defaults (every rule with its severity or off),
/// the corpus root found and the files it came from, as eslint's --print-config and ruff's `check --show-settings`.
/// Loads the configuration itself, so a mistake in it is shown as every command shows it.
/// </summary>
public static class ConfigCommand
{
    public static readonly string[] Formats = ["text", "json"];

    public static readonly string[] Schemas = ["config", "sidecar"];

    public static int Run(string workingDirectory, TextWriter output, TextWriter error, ConfigRequest request)
    {
        if (request.Schema is { } which)
        {
            output.Write(which == "sidecar" ? ConfigSchemas.Sidecar() : ConfigSchemas.Config());
            return 0;
        }
        var found = CorpusLayout.FindRootOrNull(workingDirectory);
        var root = found ?? Path.GetFullPath(workingDirectory);
        LoadedConfig config;
        try
        {
            config = LoadedConfig.Load(root, request.ConfigPath is null ? null : Path.GetFullPath(request.ConfigPath, workingDirectory));
        }
        catch (DataFileException exception)
        {
            error.WriteLine($"{exception.Path}:{exception.Line}:{exception.Column}: error: {exception.Problem}");
            return 2;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var reason = UnreadableFileException.ReasonOf(exception);
            error.WriteLine($"{request.ConfigPath ?? CorpusLayout.ConfigFileName}:1:1: error: cannot read the configuration: {reason}");
            return 2;
        }
        var rootBy = found is null ? null : File.Exists(Path.Combine(found, CorpusLayout.ConfigFileName)) ? CorpusLayout.ConfigFileName : ".git";
        var json = Describe(config, found is null ? null : root, rootBy);
        if (request.Format == "json")
        {
            var options = new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            output.Write(json.ToJsonString(options).ReplaceLineEndings("\n") + "\n");
            return 0;
        }
        WriteText(output, json, config);
        return 0;
    }

    /// <summary>Everything `config` shows, as one JSON object (the json format); the text format is the same facts as YAML.</summary>
    private static JsonObject Describe(LoadedConfig config, string? root, string? rootBy)
    {
        var file = config.File;
        var directory = root ?? config.Layout.Root;
        string Relative(string path) => Path.GetRelativePath(directory, path).Replace(Path.DirectorySeparatorChar, '/');
        var rules = new JsonObject();
        foreach (var rule in RuleCatalog.Descriptors.OrderBy(rule => rule.Id, StringComparer.Ordinal))
        {
            rules[rule.Id] = Setting(config, rule);
        }
        return new JsonObject
        {
            ["root"] = root,
            ["root_found_by"] = rootBy,
            ["config_file"] = config.Path is null ? null : Relative(config.Path),
            ["gitignore"] = config.GitIgnorePath is null ? null : Relative(config.GitIgnorePath),
            ["config"] = new JsonObject
            {
                ["raw"] = file.Raw,
                ["normalized"] = file.Normalized,
                ["ignore"] = new JsonArray(file.Ignore.Select(pattern => (JsonNode)pattern!).ToArray()),
                ["no_break_space"] = file.NoBreakSpace,
                ["data"] = new JsonArray(file.Data.Select(path => (JsonNode)path!).ToArray()),
                ["words"] = new JsonArray(file.Words.Select(word => (JsonNode)word!).ToArray()),
                ["max_file_size"] = file.MaxFileSize,
                ["unsafe_fixes"] = file.UnsafeFixes,
                ["docs_url"] = file.DocsUrl,
                ["rules"] = rules,
                ["allow_outside_root"] = file.AllowOutsideRoot,
            },
            // What discovery leaves out: the .gitignore's lines, then the configuration's.
            ["ignored"] = new JsonArray(config.Ignore.Select(pattern => (JsonNode)pattern!).ToArray()),
        };
    }

    /// <summary>off, or the severity in force.</summary>
    private static string Setting(LoadedConfig config, RuleDescriptor rule) =>
        !config.Options.IsEnabled(rule) ? "off" : config.Options.SeverityOf(rule).ToString().ToLowerInvariant();

    private static void WriteText(TextWriter output, JsonObject json, LoadedConfig config)
    {
        output.WriteLine(json["root"] is { } root
            ? $"# corpus root: {root} (found by its {json["root_found_by"]})"
            : "# corpus root: none found (no natocorpus.yaml or .git in this folder or any folder above it); the defaults apply here");
        output.WriteLine(json["config_file"] is { } file
            ? $"# configuration: {file}, merged with the defaults"
            : "# configuration: none, the defaults (`natocorpus init` writes one)");
        output.WriteLine(json["gitignore"] is { } gitignore ? $"# also ignored: the lines of {gitignore}" : "# no .gitignore at the root");
        var settings = (JsonObject)json["config"]!;
        foreach (var (key, value) in settings)
        {
            switch (value)
            {
                case JsonArray list when list.Count == 0:
                    output.WriteLine($"{key}: []");
                    break;
                case JsonArray list:
                    output.WriteLine($"{key}:");
                    foreach (var item in list)
                    {
                        output.WriteLine($"  - {Scalar(item!.GetValue<string>())}");
                    }
                    break;
                case JsonObject rules:
                    output.WriteLine($"{key}:");
                    foreach (var (id, setting) in rules)
                    {
                        var rule = RuleCatalog.FindDescriptor(id)!;
                        var changed = config.Options.Rules.ContainsKey(id) ? ", set here" : "";
                        output.WriteLine($"  {id}: {setting}{new string(' ', Math.Max(1, 8 - setting!.GetValue<string>().Length))}# {rule.Name}{changed}");
                    }
                    break;
                default:
                    var shown = value is JsonValue scalar && scalar.TryGetValue<string>(out var text) ? Scalar(text) : value!.ToJsonString();
                    output.WriteLine($"{key}: {shown}");
                    break;
            }
        }
    }

    /// <summary>A YAML scalar: plain when it reads back as the same string, else double-quoted as JSON quotes it.</summary>
    private static string Scalar(string text) =>
        text.Length > 0 && !text.Contains(": ", StringComparison.Ordinal) && !text.Contains(" #", StringComparison.Ordinal)
            && "!&*-?{}[],#|>@`\"'%".IndexOf(text[0], StringComparison.Ordinal) < 0 && text.Trim() == text
            && text is not ("true" or "false" or "null" or "~") && !double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out _)
            ? text
            : JsonSerializer.Serialize(text);
}
