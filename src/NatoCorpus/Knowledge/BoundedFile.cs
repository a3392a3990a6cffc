using System.Runtime.InteropServices;
using System.Text;

namespace NatoCorpus.Knowledge;

/// <summary>What a path is on disk, as far as reading it is concerned.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    SymbolicLink,

    /// <summary>The platform cannot tell (no statx): treated as regular, but an empty one is never opened.</summary>
    Unknown,
}

/// <summary>A file the tool will not read or write, with a reason a user can act on and the file it concerns.</summary>
public sealed class UnreadableFileException(string path, string reason) : IOException(reason)
{
    public string Path { get; } = path;
    public string Reason { get; } = reason;

    /// <summary>
    /// The one-line reason an I/O failure gives a user: this exception's own reason, else the system's message after
    /// <paramref name="otherwise"/> (e.g. "cannot read: ").
    /// </summary>
    public static string ReasonOf(Exception exception, string otherwise = "") =>
        exception is UnreadableFileException refused ? refused.Reason : otherwise + exception.Message;
}

/// <summary>
/// Reads whole files only when they are regular files under a size limit, both checked before a byte is read:
/// opening a FIFO blocks until someone writes to it, and a sparse multi-gigabyte file would be loaded only to be
/// refused. Here, in the lowest layer that reads files, because data files, the configuration, sidecars, raw
/// texts and the check cache all go through it.
/// </summary>
public static class BoundedFile
{
    /// <summary>Sidecars, configuration and data files: the YAML size limit.</summary>
    public const long YamlLimit = StrictYaml.MaxBytes;

    /// <summary>What <paramref name="path"/> is; with <paramref name="followLinks"/> false a symbolic link is reported as one.</summary>
    public static FileKind KindOf(string path, bool followLinks = true)
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                return StatxKind(path, followLinks);
            }
            catch (Exception exception) when (exception is EntryPointNotFoundException or DllNotFoundException)
            {
                // An old C library without statx: fall through to what .NET can tell.
            }
        }
        FileSystemInfo info = new FileInfo(path);
        if (!followLinks && info.LinkTarget is not null)
        {
            return FileKind.SymbolicLink;
        }
        if (Directory.Exists(path))
        {
            return FileKind.Directory;
        }
        return info.Exists ? FileKind.Unknown : FileKind.Missing;
    }

    /// <summary>"a FIFO (named pipe)" and so on, for messages.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Directory => "a folder",
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.Missing => "missing",
        _ => "a file",
    };

    /// <summary>
    /// The bytes of <paramref name="path"/>, refused (<see cref="UnreadableFileException"/>) unless it is a regular
    /// file of at most <paramref name="maxBytes"/> bytes; <paramref name="limitName"/> names the setting in the message.
    /// </summary>
    public static byte[] ReadAll(string path, long maxBytes, string limitName)
    {
        // Nothing larger fits in one array, whatever the configuration allows.
        maxBytes = Math.Min(maxBytes, Array.MaxLength);
        var kind = KindOf(path);
        if (kind == FileKind.Missing)
        {
            throw new FileNotFoundException("no such file", path);
        }
        if (kind is not (FileKind.Regular or FileKind.Unknown))
        {
            throw new UnreadableFileException(path, $"not a regular file ({Describe(kind)}): refused unread");
        }
        var length = new FileInfo(path).Length;
        if (length > maxBytes)
        {
            throw TooLarge(path, maxBytes, limitName);
        }
        if (length == 0 && kind == FileKind.Unknown)
        {
            // Without statx a FIFO or a device cannot be told from an empty file, and both have no length: an
            // empty file has nothing to read, so it is never opened.
            return [];
        }
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        // The file may have grown since it was measured: the open file's length decides, and no more is read.
        if (stream.Length > maxBytes)
        {
            throw TooLarge(path, maxBytes, limitName);
        }
        var buffer = new byte[stream.Length];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return read == buffer.Length ? buffer : buffer[..read];
    }

    /// <summary>A text file (UTF-8, or what its byte-order mark says), read as <see cref="ReadAll"/> does.</summary>
    public static string ReadAllText(string path, long maxBytes, string limitName)
    {
        using var reader = new StreamReader(new MemoryStream(ReadAll(path, maxBytes, limitName)), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static UnreadableFileException TooLarge(string path, long maxBytes, string limitName) =>
        new(path, $"file is larger than the limit of {maxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)} bytes ({limitName})");

    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int StatxBufferSize = 256;
    private const int StatxModeOffset = 28;

    private static FileKind StatxKind(string path, bool followLinks)
    {
        // struct statx has the same layout on every Linux architecture (stx_mode is the u16 at offset 28), unlike
        // struct stat, which is why it is used rather than stat(2).
        var buffer = new byte[StatxBufferSize];
        if (Statx(AtCurrentDirectory, path, followLinks ? 0 : AtSymlinkNoFollow, StatxType, buffer) != 0)
        {
            // ENOENT, ENOTDIR, ENAMETOOLONG (a raw text's long name plus ".meta.yaml"): nothing there. Anything
            // else (EACCES, ELOOP): let opening the file say what is wrong.
            return Marshal.GetLastPInvokeError() is 2 or 20 or 36 ? FileKind.Missing : FileKind.Unknown;
        }
        var mode = BitConverter.ToUInt16(buffer, StatxModeOffset) & 0xF000;
        return mode switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            0xA000 => FileKind.SymbolicLink,
            _ => FileKind.Unknown,
        };
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
}
