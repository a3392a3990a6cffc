namespace NatoCorpus.Pipeline;

/// <summary>
/// One raw text as read from disk: its bytes and those of its sidecar, with the repository-relative paths
/// the output records. Reading is the caller's job, so the engine itself never touches the file system.
/// </summary>
public sealed record RawInput(string Id, string RelativePath, byte[] Bytes, string? SidecarRelativePath = null, byte[]? SidecarBytes = null);
