using NatoCorpus.Corpus;
using NatoCorpus.Knowledge;
using NatoCorpus.Pipeline;
using NatoCorpus.Rules;

namespace NatoCorpus.Configuration;

/// <summary>natocorpus.yaml as written. Unknown keys and bad values are errors with their line and column.</summary>
public sealed class ConfigFile
{
    public string Raw { get; set; } = "raw";
    public string Normalized { get; set; } = "normalized";
    public List<string> Ignore { get; set; } = [];

    /// <summary>nbsp (U+00A0, default), narrow (U+202F) or source (what the raw text uses most).</summary>
    public string NoBreakSpace { get; set; } = "nbsp";

    /// <summary>Extra data files (typo lists, header shapes, embed patterns) that extend the shipped ones.</summary>
    public List<string> Data { get; set; } = [];

    /// <summary>Raw files larger than this many bytes are refused unread.</summary>
    public long MaxFileSize { get; set; } = 5 * 1024 * 1024;

    /// <summary>Apply unsafe fixes too: word substitutions whose context does not settle them (recorded as corrections).</summary>
    public bool UnsafeFixes { get; set; }

    /// <summary>Where the rule docs are published (help links in SARIF).</summary>
    public string DocsUrl { get; set; } = Reporting.Reporters.DefaultDocsUrl;

    /// <summary>Rule id or name to off, error, warning or info.</summary>
    public Dictionary<string, string> Rules { get; set; } = [];

    /// <summary>
    /// Let raw, normalized and data point outside the corpus root (the folder of this file). Off by default: a
    /// configuration copied from elsewhere must not make the tool read or write outside the repository unasked.
    /// </summary>
    public bool AllowOutsideRoot { get; set; }
}

/// <summary>The configuration in force: layout and engine options.</summary>
public sealed record LoadedConfig(string? Path, CorpusLayout Layout, EngineOptions Options, IReadOnlyList<string> Ignore, string DocsUrl)
{
    /// <summary>The data files the configuration adds, as full paths.</summary>
    public IReadOnlyList<string> DataFiles { get; init; } = [];

    public string CacheKey => Corpus.CheckCache.KeyFor(Layout.Root, Path, DataFiles);

    public static LoadedConfig Load(string root, string? explicitPath = null)
    {
        var path = explicitPath ?? System.IO.Path.Combine(root, CorpusLayout.ConfigFileName);
        if (!File.Exists(path))
        {
            if (explicitPath is not null)
            {
                throw new DataFileException(explicitPath, 1, 1, "configuration file not found");
            }
            return new LoadedConfig(null, CorpusLayout.At(root), new EngineOptions(), [], Reporting.Reporters.DefaultDocsUrl);
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
        var rules = new Dictionary<string, RuleSetting>(StringComparer.Ordinal);
        // A tag configures every rule it names; a rule's own line, wherever it is, wins over its tags.
        var byTag = file.Rules.Where(pair => RuleCatalog.Find(pair.Key) is null).ToList();
        var byRule = file.Rules.Where(pair => RuleCatalog.Find(pair.Key) is not null).ToList();
        foreach (var (key, value) in byTag.Concat(byRule))
        {
            var targets = RuleCatalog.Find(key) is { } one ? [one] : RuleCatalog.All.Where(rule => rule.Descriptor.Tags.Contains(key, StringComparer.Ordinal)).ToList();
            if (targets.Count == 0)
            {
                throw locate.Value.Error(relative, $"rules: unknown rule or tag '{key}' (see `natocorpus rules`)", "rules", key);
            }
            var setting = value switch
            {
                "off" => new RuleSetting(false, null),
                "error" => new RuleSetting(true, Severity.Error),
                "warning" => new RuleSetting(true, Severity.Warning),
                "info" => new RuleSetting(true, Severity.Info),
                "on" => new RuleSetting(true, null),
                _ => throw locate.Value.Error(relative, $"rules: {key}: '{value}' is not one of off, on, error, warning, info", "rules", key),
            };
            foreach (var rule in targets)
            {
                rules[rule.Descriptor.Id] = setting;
            }
        }
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        for (var i = 0; i < file.Data.Count; i++)
        {
            if (!File.Exists(System.IO.Path.GetFullPath(file.Data[i], directory)))
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
                    throw locate.Value.Error(relative, $"{key}: '{(key == "raw" ? file.Raw : file.Normalized)}' leads outside the corpus root ({directory}): refused (set allow_outside_root: true if that is meant)", key);
                }
            }
            for (var i = 0; i < file.Data.Count; i++)
            {
                var data = System.IO.Path.GetFullPath(file.Data[i], directory);
                if (!CorpusPaths.IsInside(directory, data) || !CorpusPaths.LeadsInside(directory, data))
                {
                    throw locate.Value.Error(relative, $"data: '{file.Data[i]}' is outside the corpus root ({directory}): refused (set allow_outside_root: true if that is meant)", "data", i);
                }
            }
        }
        if (layout.OutputInsideRaw() is not null)
        {
            throw locate.Value.Error(relative, $"normalized: '{file.Normalized}' is the raw folder or inside it ('{file.Raw}'): refused, raw texts are evidence and never written", "normalized");
        }
        var options = new EngineOptions { NoBreakSpace = noBreakSpace, Rules = rules, MaxFileBytes = file.MaxFileSize, UnsafeFixes = file.UnsafeFixes };
        if (file.Data.Count > 0)
        {
            options = options with { Knowledge = CorpusKnowledge.Load(file.Data.Select(data => System.IO.Path.GetFullPath(data, directory))) };
        }
        return new LoadedConfig(path, layout, options, file.Ignore, file.DocsUrl)
        {
            DataFiles = file.Data.Select(data => System.IO.Path.GetFullPath(data, directory)).ToArray(),
        };
    }
}
