using System.Text;
using NatoCorpus.Knowledge;

namespace NatoCorpus.Corpus;

/// <summary>Writes normalized/ files: only when the bytes change, always through a temporary file and an atomic rename.</summary>
public static class NormalizedFiles
{
    public const string Extension = ".md";

    private static readonly UTF8Encoding Utf8 = new(false);

    public static string PathFor(CorpusLayout layout, string id) => Path.Combine(layout.NormalizedDirectory, id + Extension);

    /// <summary>
    /// The file's current text, or null when it does not exist. A file larger than <paramref name="maxBytes"/> or
    /// not a regular file is refused unread (<see cref="UnreadableFileException"/>): normalize never writes one.
    /// </summary>
    public static string? ReadExisting(string path, long maxBytes)
    {
        var kind = BoundedFile.KindOf(path);
        return kind == FileKind.Missing ? null : Utf8.GetString(BoundedFile.ReadAll(path, maxBytes, "a normalized file is at most 8 times max_file_size"));
    }

    /// <summary>The largest normalized file read back: the output records what left the body, so it may outgrow its raw text.</summary>
    public static long MaxBytes(long maxRawBytes) => Math.Min(maxRawBytes, long.MaxValue / 8) * 8;

    /// <summary>True if the file was (re)written; false if it already held exactly this text.</summary>
    public static bool WriteIfChanged(string path, string text) => AtomicFile.WriteIfChanged(path, text);

    /// <summary>Removes temporary files a killed run left behind (only this tool's, only old ones).</summary>
    public static void RemoveAbandonedTemporaries(CorpusLayout layout, TimeSpan olderThan) =>
        AtomicFile.RemoveAbandonedTemporaries(layout.NormalizedDirectory, olderThan);

    /// <summary>Normalized files whose raw text is gone.</summary>
    public static IEnumerable<string> Orphans(CorpusLayout layout, IReadOnlySet<string> ids)
    {
        if (!Directory.Exists(layout.NormalizedDirectory))
        {
            yield break;
        }
        foreach (var file in Directory.EnumerateFiles(layout.NormalizedDirectory, "*" + Extension).Order(StringComparer.Ordinal))
        {
            if (!ids.Contains(Path.GetFileNameWithoutExtension(file)))
            {
                yield return file;
            }
        }
    }
}
