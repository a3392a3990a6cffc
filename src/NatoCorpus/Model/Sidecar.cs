namespace NatoCorpus.Model;

/// <summary>
/// Archivist-written metadata beside a raw text (raw/&lt;stem&gt;.meta.yaml). Its fields override what was extracted.
/// </summary>
public sealed class SidecarFile
{
    public string? Title { get; set; }
    public string? Date { get; set; }
    public string? SourceUrl { get; set; }
    public string? Note { get; set; }
}

public sealed record Sidecar(string Path, string Sha256, SidecarFile Fields);
