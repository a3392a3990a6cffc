using NatoCorpus.Corpus;
using NatoCorpus.Knowledge;
using NatoCorpus.Pipeline;
using NatoCorpus.Rules;

namespace NatoCorpus.Configuration;

/// <summary>The configuration in force: layout and engine options.</summary>
/// <param name="Ignore">
/// Lines of .gitignore syntax relative to the root, the root's .gitignore first and then the configuration's
/// `ignore:`, so the configuration can take a file back with `!`.
/// </param>
public sealed partial record LoadedConfig(string? Path, CorpusLayout Layout, EngineOptions Options, IReadOnlyList<string> Ignore, string DocsUrl)
{
    /// <summary>The configuration as written, with the defaults for what it leaves out (all defaults without a file).</summary>
    public ConfigFile File { get; init; } = new();

    /// <summary>The root's .gitignore when it was read (its lines lead <see cref="Ignore"/>), as a full path.</summary>
    public string? GitIgnorePath { get; init; }

    /// <summary>The data files the configuration adds, as full paths.</summary>
    public IReadOnlyList<string> DataFiles { get; init; } = [];

    public string CacheKey => Corpus.CheckCache.KeyFor(Layout.Root, Path, DataFiles);

    public static LoadedConfig Load(string root, string? explicitPath = null)
    {
        var path = explicitPath ?? System.IO.Path.Combine(root, CorpusLayout.ConfigFileName);
        if (!System.IO.File.Exists(path))
        {
            if (explicitPath is not null)
            {
                throw new DataFileException(explicitPath, 1, 1, "configuration file not found");
            }
            var (gitIgnorePath, gitIgnore) = GitIgnore(root);
            return new LoadedConfig(null, CorpusLayout.At(root), new EngineOptions(), gitIgnore, Reporting.Reporters.DefaultDocsUrl)
            {
                GitIgnorePath = gitIgnorePath,
            };
        }
        var relative = System.IO.Path.GetRelativePath(root, path).Replace('\\', '/');
        string text;
        try
        {
            text = BoundedFile.ReadAllText(path, BoundedFile.YamlLimit, "configuration files, like every YAML file, are at most 1 MB");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new DataFileException(relative, 1, 1, UnreadableFileException.ReasonOf(exception, "cannot read: "));
        }
        var file = StrictYaml.Read<ConfigFile>(text, relative);
        var locate = new Lazy<YamlLocator>(() => new YamlLocator(text));
        var noBreakSpace = file.NoBreakSpace switch
        {
            "nbsp" => NoBreakSpaceChoice.NoBreak,
            "narrow" => NoBreakSpaceChoice.Narrow,
            "source" => NoBreakSpaceChoice.Source,
            _ => throw locate.Value.Error(relative, $"no_break_space: '{file.NoBreakSpace}' is not one of nbsp, narrow, source", "no_break_space"),
        };
        var rules = RuleSettings(file, relative, locate);
        var ignore = IgnorePatterns(file, relative, locate);
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        for (var i = 0; i < file.Data.Count; i++)
        {
            if (!System.IO.File.Exists(System.IO.Path.GetFullPath(file.Data[i], directory)))
            {
                throw locate.Value.Error(relative, $"data: file '{file.Data[i]}' not found", "data", i);
            }
        }
        if (file.MaxFileSize <= 0)
        {
            throw locate.Value.Error(relative, $"max_file_size: {file.MaxFileSize} is not a positive number of bytes", "max_file_size");
        }
        var layout = CorpusLayout.At(directory, file.Raw, file.Normalized);
        if (!file.AllowOutsideRoot)
        {
            foreach (var (key, folder) in new[] { ("raw", layout.RawDirectory), ("normalized", layout.NormalizedDirectory) })
            {
                if (!CorpusPaths.IsInside(directory, folder) || !CorpusPaths.LeadsInside(directory, folder))
                {
                    var given = key == "raw" ? file.Raw : file.Normalized;
                    throw locate.Value.Error(
                        relative, $"{key}: '{given}' leads outside the corpus root ({directory}): refused {OutsideHint}", key);
                }
            }
            for (var i = 0; i < file.Data.Count; i++)
            {
                var data = System.IO.Path.GetFullPath(file.Data[i], directory);
                if (!CorpusPaths.IsInside(directory, data) || !CorpusPaths.LeadsInside(directory, data))
                {
                    throw locate.Value.Error(
                        relative, $"data: '{file.Data[i]}' is outside the corpus root ({directory}): refused {OutsideHint}", "data", i);
                }
            }
        }
        if (layout.OutputInsideRaw() is not null)
        {
            throw locate.Value.Error(
                relative,
                $"normalized: '{file.Normalized}' is the raw folder or inside it ('{file.Raw}'): refused, raw texts are evidence and never written",
                "normalized");
        }
        var options = new EngineOptions { NoBreakSpace = noBreakSpace, Rules = rules, MaxFileBytes = file.MaxFileSize, UnsafeFixes = file.UnsafeFixes };
        for (var i = 0; i < file.Words.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(file.Words[i]) || file.Words[i].Any(char.IsWhiteSpace))
            {
                throw locate.Value.Error(relative, $"words: '{file.Words[i]}' is not one word", "words", i);
            }
        }
        if (file.Data.Count > 0 || file.Words.Count > 0)
        {
            options = options with { Knowledge = CorpusKnowledge.Load(file.Data.Select(data => System.IO.Path.GetFullPath(data, directory)), file.Words) };
        }
        var (gitIgnoreFile, gitIgnoreLines) = GitIgnore(directory);
        return new LoadedConfig(path, layout, options, [.. gitIgnoreLines, .. ignore], file.DocsUrl)
        {
            DataFiles = file.Data.Select(data => System.IO.Path.GetFullPath(data, directory)).ToArray(),
            File = file,
            GitIgnorePath = gitIgnoreFile,
        };
    }

    private const string OutsideHint = "(set allow_outside_root: true if that is meant)";

    /// <summary>The values a rule takes in `rules:`.</summary>
    public static IReadOnlyList<string> RuleValues { get; } = ["off", "on", "error", "warning", "info"];

    /// <summary>
    /// Every id and name of the catalogue (the rules and the internal checks) and every tag, to one setting each.
    /// A tag configures every rule it names; a rule's own line, wherever it is, wins over its tags.
    /// </summary>
    private static Dictionary<string, RuleSetting> RuleSettings(ConfigFile file, string relative, Lazy<YamlLocator> locate)
    {
        var rules = new Dictionary<string, RuleSetting>(StringComparer.Ordinal);
        var byTag = file.Rules.Where(pair => RuleCatalog.FindDescriptor(pair.Key) is null).ToList();
        var byRule = file.Rules.Where(pair => RuleCatalog.FindDescriptor(pair.Key) is not null).ToList();
        foreach (var (key, value) in byTag.Concat(byRule))
        {
            var targets = RuleCatalog.FindDescriptor(key) is { } one
                ? [one]
                : RuleCatalog.Descriptors.Where(rule => rule.Tags.Contains(key, StringComparer.Ordinal)).ToList();
            if (targets.Count == 0)
            {
                var known = RuleCatalog.Descriptors.SelectMany(rule => (string[])[rule.Id, rule.Name, .. rule.Tags]);
                var suggestion = Text.ClosestWord.Among(key, known);
                var hint = suggestion is null ? "" : $" (did you mean '{suggestion}'?)";
                throw locate.Value.Error(relative, $"rules: unknown rule or tag '{key}'{hint} (see `natocorpus rules`)", "rules", key);
            }
            var setting = value switch
            {
                "off" => new RuleSetting(false, null),
                "error" => new RuleSetting(true, Severity.Error),
                "warning" => new RuleSetting(true, Severity.Warning),
                "info" => new RuleSetting(true, Severity.Info),
                "on" => new RuleSetting(true, null),
                _ => throw locate.Value.Error(relative, $"rules: {key}: '{value}' is not one of {string.Join(", ", RuleValues)}", "rules", key),
            };
            foreach (var rule in targets)
            {
                if (NotConfigurable(rule, setting) is { } why)
                {
                    // A tag names groups; it passes over what a rule keeps for itself. A rule's own line is an error.
                    if (targets.Count == 1)
                    {
                        throw locate.Value.Error(relative, $"rules: {key}: {why}", "rules", key);
                    }
                    continue;
                }
                rules[rule.Id] = setting;
            }
        }
        return rules;
    }

    /// <summary>Why a rule cannot take <paramref name="setting"/>, or null: see each rule's doc ("Configuration").</summary>
    public static string? NotConfigurable(RuleDescriptor rule, RuleSetting setting)
    {
        if (rule == InternalChecks.LostWords)
        {
            return "NC901 lost-words is a guard on the tool itself (normalize refuses to write a file that would lose a word): it cannot be configured";
        }
        if (rule == InternalChecks.SuppressionWithoutReason && !setting.Enabled)
        {
            return "NC107 cannot be turned off: a suppression without a reason is not reviewable (give it a severity instead)";
        }
        return null;
    }

    /// <summary>The configuration's `ignore:` lines, each checked for what .gitignore syntax does not have.</summary>
    private static IReadOnlyList<string> IgnorePatterns(ConfigFile file, string relative, Lazy<YamlLocator> locate)
    {
        for (var i = 0; i < file.Ignore.Count; i++)
        {
            var pattern = file.Ignore[i];
            // .gitignore has no {a,b} alternatives: git matches the braces literally, so such a line would silently
            // match nothing. Refused, with what to write instead.
            if (BraceAlternatives().IsMatch(pattern))
            {
                var problem = $"ignore: '{pattern}': .gitignore patterns have no {{a,b}} alternatives; write one line per alternative";
                throw locate.Value.Error(relative, problem, "ignore", i);
            }
            if (string.IsNullOrWhiteSpace(pattern))
            {
                throw locate.Value.Error(relative, "ignore: an empty pattern", "ignore", i);
            }
        }
        return file.Ignore;
    }

    /// <summary>The lines of the .gitignore in <paramref name="root"/>, and its path; nothing when there is none.</summary>
    private static (string? Path, IReadOnlyList<string> Lines) GitIgnore(string root)
    {
        var path = System.IO.Path.Combine(root, ".gitignore");
        if (BoundedFile.KindOf(path) != FileKind.Regular)
        {
            return (null, []);
        }
        string text;
        try
        {
            text = BoundedFile.ReadAllText(path, BoundedFile.YamlLimit, ".gitignore is read up to 1 MB");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new DataFileException(".gitignore", 1, 1, UnreadableFileException.ReasonOf(exception, "cannot read: "));
        }
        return (path, text.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0 && !line.StartsWith('#')).ToArray());
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{[^{}]*,[^{}]*\}", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex BraceAlternatives();
}
