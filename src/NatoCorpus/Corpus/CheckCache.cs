using System.Security.Cryptography;
using System.Text.Json;
using NatoCorpus.Knowledge;
using NatoCorpus.Pipeline;
using NatoCorpus.Rules;
using NatoCorpus.Text;

namespace NatoCorpus.Corpus;

/// <summary>
/// The SHA-256 of a file's bytes, hashed from the very bytes check processed: the content decides a cache hit. A
/// size and modification time would be cheaper but wrong both ways: a fresh clone or a `touch` would miss, and an
/// edit that keeps the size and restores the time would hit (eslint's content strategy also always hashes).
/// </summary>
public sealed record FileStamp(string Sha256)
{
    /// <summary>The stamp of a file's bytes, null for a file that does not exist.</summary>
    public static FileStamp? Of(byte[]? bytes) => bytes is null ? null : new(Convert.ToHexStringLower(SHA256.HashData(bytes)));
}

public sealed record CachedEdit(int Start, int Length, string Text);

public sealed record CachedDiagnostic(
    string Rule, Severity Severity, string Message, int Start, int Length, int Line, int Column, int EndLine, int EndColumn,
    string? FixDescription, FixApplicability? FixApplicability, IReadOnlyList<CachedEdit>? Edits, bool FixedByNormalize, CachedEdit? Moves = null,
    string? Path = null)
{
    public static CachedDiagnostic From(Diagnostic diagnostic) => new(
        diagnostic.Rule.Id, diagnostic.Severity, diagnostic.Message, diagnostic.Span.Start, diagnostic.Span.Length,
        diagnostic.Start.Line, diagnostic.Start.Column, diagnostic.End.Line, diagnostic.End.Column,
        diagnostic.Fix?.Description, diagnostic.Fix?.Applicability, diagnostic.Fix?.Edits.Select(edit => new CachedEdit(edit.Span.Start, edit.Span.Length, edit.NewText)).ToArray(),
        diagnostic.FixedByNormalize,
        diagnostic.Fix?.Moves is { } moved ? new CachedEdit(moved.Start, moved.Length, "") : null,
        diagnostic.Path);

    public Diagnostic? ToDiagnostic() => RuleCatalog.FindDescriptor(Rule) is not { } rule ? null : new Diagnostic(
        rule, Severity, Message, new TextSpan(Start, Length), new LinePosition(Line, Column), new LinePosition(EndLine, EndColumn),
        FixDescription is null ? null : new Fix(FixDescription, FixApplicability!.Value, Edits!.Select(edit => new TextEdit(new TextSpan(edit.Start, edit.Length), edit.Text)).ToArray())
        {
            Moves = Moves is { } moved ? new TextSpan(moved.Start, moved.Length) : null,
        })
    {
        FixedByNormalize = FixedByNormalize,
        Path = Path,
        // Only raw findings are cached, where a fix is applied exactly when normalize resolves the finding.
        FixApplied = FixedByNormalize,
    };
}

/// <summary>What `check` found for one raw text, valid while its raw, sidecar and normalized files hold the same bytes.</summary>
public sealed record CacheEntry(
    FileStamp Raw, FileStamp? Sidecar, FileStamp? Normalized,
    IReadOnlyList<CachedDiagnostic> RawFindings, IReadOnlyList<CachedDiagnostic> NormalizedFindings, InputError? Error);

/// <summary>
/// The check cache (like eslint's --cache): one JSON file keyed by tool version and configuration. A file that is
/// corrupt, foreign or from another version or configuration is ignored with a warning, never trusted.
/// </summary>
public sealed class CheckCache
{
    /// <summary>3: fixes may move a block (2: stamps are content hashes only; 1 also held size and modification time).</summary>
    public const int FormatVersion = 3;

    /// <summary>A larger cache file is ignored unread (a sparse or runaway file must not be loaded to be refused).</summary>
    public const long MaxBytes = 512L * 1024 * 1024;

    internal sealed record CacheFile(int Format, string Key, Dictionary<string, CacheEntry> Entries);

    private readonly Dictionary<string, CacheEntry> _entries;
    private readonly string _path;
    private readonly string _key;
    private readonly object _gate = new();
    private bool _dirty;

    private CheckCache(string path, string key, Dictionary<string, CacheEntry> entries) => (_path, _key, _entries) = (path, key, entries);

    /// <summary>The cache file, for messages.</summary>
    public string Path => _path;

    /// <summary>Opens the cache at <paramref name="path"/>; <paramref name="warn"/> hears why an existing one was not used.</summary>
    public static CheckCache Open(string path, string key, Action<string> warn)
    {
        var entries = new Dictionary<string, CacheEntry>(StringComparer.Ordinal);
        if (File.Exists(path) || Directory.Exists(path))
        {
            try
            {
                var file = JsonSerializer.Deserialize(BoundedFile.ReadAll(path, MaxBytes, "the check cache's limit"), CacheJsonContext.Default.CacheFile);
                if (file is { Format: FormatVersion } && file.Key == key && file.Entries is not null)
                {
                    entries = new Dictionary<string, CacheEntry>(file.Entries, StringComparer.Ordinal);
                }
                else if (file is not null && (file.Key != key || file.Format != FormatVersion))
                {
                    // Another version, configuration or cache format: silently start over, as expected after an upgrade.
                }
                else
                {
                    warn($"{path}: not a cache of this tool: ignored");
                }
            }
            catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
            {
                warn($"{path}: corrupt cache ignored ({exception.Message.Split('\n')[0]})");
            }
        }
        return new CheckCache(path, key, entries);
    }

    /// <summary>
    /// The cache key: tool version, and the names and bytes of the configuration and data files in force. Names are
    /// relative to the corpus root: a clone in another folder (a CI runner, a colleague's machine) restores a cache
    /// that must still hit, and an absolute path in the key made every entry of it miss.
    /// </summary>
    public static string KeyFor(string root, string? configPath, IEnumerable<string> dataFiles)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(ToolInfo.Version + "\n"));
        foreach (var file in (configPath is null ? [] : new[] { configPath }).Concat(dataFiles))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(System.IO.Path.GetRelativePath(root, file).Replace('\\', '/') + "\n"));
            if (File.Exists(file))
            {
                hash.AppendData(File.ReadAllBytes(file));
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public CacheEntry? Get(string relativePath)
    {
        lock (_gate)
        {
            return _entries.GetValueOrDefault(relativePath);
        }
    }

    public void Set(string relativePath, CacheEntry entry)
    {
        lock (_gate)
        {
            _entries[relativePath] = entry;
            _dirty = true;
        }
    }

    /// <summary>
    /// Writes the cache atomically if this run changed it, dropping entries of raw texts that no longer exist
    /// (<paramref name="existing"/> holds the relative paths of the raw texts seen).
    /// </summary>
    public void Save(IReadOnlySet<string> existing)
    {
        lock (_gate)
        {
            foreach (var gone in _entries.Keys.Where(relative => !existing.Contains(relative)).ToArray())
            {
                _entries.Remove(gone);
                _dirty = true;
            }
            if (!_dirty)
            {
                return;
            }
            var sorted = new Dictionary<string, CacheEntry>(_entries.OrderBy(pair => pair.Key, StringComparer.Ordinal), StringComparer.Ordinal);
            NormalizedFiles.WriteIfChanged(_path, JsonSerializer.Serialize(new CacheFile(FormatVersion, _key, sorted), CacheJsonContext.Default.CacheFile));
            _dirty = false;
        }
    }
}

/// <summary>Source-generated (de)serialization of the cache: no reflection on the warm path.</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(CheckCache.CacheFile))]
internal sealed partial class CacheJsonContext : System.Text.Json.Serialization.JsonSerializerContext
{
}
