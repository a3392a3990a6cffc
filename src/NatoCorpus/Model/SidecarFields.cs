namespace NatoCorpus.Model;

/// <summary>
/// The fields of a sidecar, as the archivist wrote them beside a raw text (raw/&lt;stem&gt;.meta.yaml). They override
/// what was extracted. The file itself, with its path and hash, is a <see cref="Sidecar"/>.
/// </summary>
public sealed class SidecarFields
{
    public string? Title { get; set; }
    public string? Date { get; set; }
    public string? SourceUrl { get; set; }

    /// <summary>When the page was scraped (ISO date or date and time with offset): resolves "il y a 3 heures".</summary>
    public string? Retrieved { get; set; }
    public string? Note { get; set; }

    /// <summary>Findings the archivist has reviewed and keeps as they are, each with its reason.</summary>
    public List<SuppressionEntry> Suppressions { get; set; } = [];
}
