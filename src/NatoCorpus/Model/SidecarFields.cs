namespace NatoCorpus.Model;

/// <summary>
/// The fields of a sidecar, as the archivist wrote them beside a raw text (raw/&lt;stem&gt;.meta.yaml). They override
/// what was extracted. The file itself, with its path and hash, is a <see cref="Sidecar"/>.
/// </summary>
public sealed class SidecarFields
{
    [System.ComponentModel.Description("The title, when the text's own is missing or wrong (title_source: sidecar).")]
    public string? Title { get; set; }

    [System.ComponentModel.Description("The publication date, YYYY-MM-DD (date_source: sidecar).")]
    public string? Date { get; set; }

    [System.ComponentModel.Description("The page's address, as scraped.")]
    public string? SourceUrl { get; set; }

    /// <summary>When the page was scraped (ISO date or date and time with offset): resolves "il y a 3 heures".</summary>
    [System.ComponentModel.Description("When the page was scraped: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+01:00; dates \"il y a 3 heures\".")]
    public string? Retrieved { get; set; }

    [System.ComponentModel.Description("Free text for the archive.")]
    public string? Note { get; set; }

    /// <summary>Findings the archivist has reviewed and keeps as they are, each with its reason.</summary>
    [System.ComponentModel.Description("Findings reviewed and kept as they are: neither reported nor fixed. Each needs a reason.")]
    public List<SuppressionEntry> Suppressions { get; set; } = [];
}
