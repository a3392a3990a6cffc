namespace NatoCorpus.Model;

/// <summary>
/// Archivist-written metadata beside a raw text (raw/&lt;stem&gt;.meta.yaml). Its fields override what was extracted.
/// </summary>
public sealed class SidecarFile
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

/// <summary>Suppress <see cref="Rule"/> (id or name) on raw line <see cref="Line"/>, or everywhere in the text if no line.</summary>
public sealed class SuppressionEntry
{
    public string Rule { get; set; } = "";
    public int? Line { get; set; }

    /// <summary>Only findings of this data entry (a substitution's or suggestion's name).</summary>
    public string? Entry { get; set; }
    public string? Reason { get; set; }
}

public sealed record Sidecar(string Path, string Sha256, SidecarFile Fields);
