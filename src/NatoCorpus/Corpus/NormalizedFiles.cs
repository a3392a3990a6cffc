using System.Text;

namespace NatoCorpus.Corpus;

/// <summary>Writes normalized/ files: only when the bytes change, always through a temporary file and an atomic rename.</summary>
public static class NormalizedFiles
{
    public const string Extension = ".md";

    private static readonly UTF8Encoding Utf8 = new(false);

    public static string PathFor(CorpusLayout layout, string id) => Path.Combine(layout.NormalizedDirectory, id + Extension);

    /// <summary>The file's current bytes, or null when it does not exist (also when it vanishes while being read).</summary>
    public static byte[]? ReadBytes(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
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

    /// <summary>True if the file was (re)written; false if it already held exactly this text.</summary>
    public static bool WriteIfChanged(string path, string text)
    {
        var bytes = Utf8.GetBytes(text);
        if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
        {
            return false;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                // No fsync: the rename is atomic for any reader and for a killed process; fsync per file would
                // cost more than the whole normalization on a large corpus.
                stream.Flush();
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
        return true;
    }

    /// <summary>
    /// Removes temporary files a killed run left behind. Only old ones: a younger one may belong to a run
    /// going on right now, whose rename must still find it.
    /// </summary>
    public static void RemoveAbandonedTemporaries(CorpusLayout layout, TimeSpan olderThan)
    {
        if (!Directory.Exists(layout.NormalizedDirectory))
        {
            return;
        }
        foreach (var file in Directory.EnumerateFiles(layout.NormalizedDirectory, ".*.tmp"))
        {
            if (DateTime.UtcNow - File.GetLastWriteTimeUtc(file) > olderThan)
            {
                File.Delete(file);
            }
        }
    }

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
