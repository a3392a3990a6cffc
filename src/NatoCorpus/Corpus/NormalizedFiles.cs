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
    /// The file's current bytes, or null when it does not exist (also when it vanishes while being read). A file
    /// larger than <paramref name="maxBytes"/> or not a regular file is refused unread
    /// (<see cref="UnreadableFileException"/>): normalize never writes one.
    /// </summary>
    public static byte[]? ReadBytes(string path, long maxBytes = long.MaxValue)
    {
        try
        {
            return BoundedFile.KindOf(path) == FileKind.Missing
                ? null
                : BoundedFile.ReadAll(path, maxBytes, "a normalized file is at most 8 times max_file_size");
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The text of bytes read with <see cref="ReadBytes"/>, as written: UTF-8, a byte-order mark kept as a character.</summary>
    public static string? Decode(byte[]? bytes) => bytes is null ? null : Utf8.GetString(bytes);

    /// <summary>Whether <paramref name="bytes"/> are exactly what writing <paramref name="text"/> stores.</summary>
    public static bool HoldsExactly(byte[] bytes, string text) => bytes.AsSpan().SequenceEqual(Utf8.GetBytes(text));

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
