namespace NatoCorpus.Corpus;

/// <summary>
/// A file written as a stream and put in place at the end, as <see cref="AtomicFile"/> writes whole files: the
/// bytes go to a temporary file beside the target, <see cref="Commit"/> renames it over the target, and a run that
/// stops before (an error, a kill) leaves the old file as it was. For reports too large to hold in memory.
/// </summary>
public sealed class AtomicFileWriter : IDisposable
{
    private readonly string _path;
    private readonly string _temporary;
    private readonly FileStream _stream;
    private bool _committed;

    private AtomicFileWriter(string path, string temporary, FileStream stream) => (_path, _temporary, _stream) = (path, temporary, stream);

    /// <summary>The temporary file's stream: write here, then <see cref="Commit"/>.</summary>
    public Stream Stream => _stream;

    /// <summary>
    /// Starts writing <paramref name="path"/>. Throws <see cref="IOException"/> (an <see cref="UnreadableFileException"/>
    /// naming a link or folder in the way) or <see cref="UnauthorizedAccessException"/> when the disk refuses.
    /// </summary>
    public static AtomicFileWriter Create(string path)
    {
        path = Path.GetFullPath(path);
        AtomicFile.RefuseTarget(path);
        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, AtomicFile.TemporaryName(Path.GetFileName(path)));
        return new AtomicFileWriter(path, temporary, new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None));
    }

    /// <summary>Puts the written bytes in place of the target, in one rename.</summary>
    public void Commit()
    {
        if (_stream.CanWrite)
        {
            _stream.Flush();
        }
        _stream.Dispose();
        // Checked again: a link put in the target's place during the run must not be replaced either.
        AtomicFile.RefuseTarget(_path);
        File.Move(_temporary, _path, overwrite: true);
        _committed = true;
    }

    /// <summary>Without <see cref="Commit"/>, removes the temporary file: the target keeps its old bytes.</summary>
    public void Dispose()
    {
        _stream.Dispose();
        if (_committed)
        {
            return;
        }
        try
        {
            File.Delete(_temporary);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A leftover carries this tool's temporary name: a later run removes it.
        }
    }
}
