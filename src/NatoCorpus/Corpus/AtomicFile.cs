using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using NatoCorpus.Knowledge;

namespace NatoCorpus.Corpus;

/// <summary>
/// Every file the tool writes goes through here: a temporary file beside the target, then an atomic rename, so a
/// reader or a killed run sees the old file or the new one, never half of one. A target that is a symbolic link is
/// refused, never written through or replaced: the link may lead into raw/ or out of the corpus.
/// </summary>
public static partial class AtomicFile
{
    /// <summary>The longest file name most file systems take, in bytes.</summary>
    private const int MaxNameBytes = 255;

    private const string Marker = ".natocorpus-";
    private const string TemporaryExtension = ".tmp";

    /// <summary>Random hex digits in a temporary name: a crashed run's leftovers never collide with a new one's.</summary>
    private const int RandomDigits = 16;

    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>
    /// True if the file was (re)written; false if it already held exactly these bytes. Throws
    /// <see cref="IOException"/> (or <see cref="UnauthorizedAccessException"/>) when the disk refuses.
    /// </summary>
    public static bool WriteIfChanged(string path, string text) => WriteIfChanged(path, Utf8.GetBytes(text));

    public static bool WriteIfChanged(string path, byte[] bytes)
    {
        RefuseLink(path);
        var kind = BoundedFile.KindOf(path);
        // A file of another length differs: it is replaced without being read, whatever its size.
        if (kind == FileKind.Regular && new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
        {
            return false;
        }
        Write(path, bytes);
        return true;
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> through a temporary file and a rename.</summary>
    public static void Write(string path, byte[] bytes)
    {
        RefuseTarget(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, TemporaryName(Path.GetFileName(path)));
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
            try
            {
                File.Delete(temporary);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // The write's own error is the one to report; a leftover is removed by a later run (its name is ours).
            }
        }
    }

    /// <summary>
    /// `.&lt;name&gt;.natocorpus-&lt;16 hex&gt;.tmp`, the name cut (on a character boundary) so the whole stays within
    /// 255 bytes: a raw text with a long name must not make its temporary file impossible to create.
    /// </summary>
    public static string TemporaryName(string name)
    {
        var budget = MaxNameBytes - 1 - Marker.Length - RandomDigits - TemporaryExtension.Length;
        var kept = name;
        while (Utf8.GetByteCount(kept) > budget)
        {
            kept = kept[..^(char.IsLowSurrogate(kept[^1]) && kept.Length > 1 ? 2 : 1)];
        }
        return $".{kept}{Marker}{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(RandomDigits / 2))}{TemporaryExtension}";
    }

    /// <summary>Whether <paramref name="name"/> is one of this tool's temporary names: only those are ever cleaned up.</summary>
    public static bool IsTemporaryName(string name) => OwnTemporary().IsMatch(name);

    /// <summary>
    /// Removes temporary files a killed run left in <paramref name="folder"/>: only names of this tool's pattern,
    /// only regular files (never a link), only old ones (a younger one may belong to a run going on now, whose
    /// rename must still find it). What cannot be removed stays; the next write reports a real disk problem.
    /// </summary>
    public static void RemoveAbandonedTemporaries(string folder, TimeSpan olderThan)
    {
        try
        {
            if (!Directory.Exists(folder))
            {
                return;
            }
            foreach (var file in Directory.EnumerateFiles(folder, "." + "*" + Marker + "*" + TemporaryExtension))
            {
                if (IsTemporaryName(Path.GetFileName(file)) && BoundedFile.KindOf(file, followLinks: false) == FileKind.Regular
                    && DateTime.UtcNow - File.GetLastWriteTimeUtc(file) > olderThan)
                {
                    File.Delete(file);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Throws unless <paramref name="path"/> may be replaced: not a link, and missing or a regular file.</summary>
    internal static void RefuseTarget(string path)
    {
        RefuseLink(path);
        var kind = BoundedFile.KindOf(path);
        if (kind is not (FileKind.Missing or FileKind.Regular or FileKind.Unknown))
        {
            throw new UnreadableFileException(path, $"{BoundedFile.Describe(kind)} is in the way");
        }
    }

    private static void RefuseLink(string path)
    {
        if (new FileInfo(path).LinkTarget is { } target)
        {
            throw new UnreadableFileException(path, $"is a symbolic link (to {target}): not written through, not replaced; remove the link");
        }
    }

    [GeneratedRegex(@"\A\..+\.natocorpus-[0-9a-f]{16}\.tmp\z", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex OwnTemporary();
}
