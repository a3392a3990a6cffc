namespace NatoCorpus.Model;

/// <summary>Suppress <see cref="Rule"/> (id or name) on raw line <see cref="Line"/>, or everywhere in the text if no line.</summary>
public sealed class SuppressionEntry
{
    public string Rule { get; set; } = "";
    public int? Line { get; set; }

    /// <summary>Only findings of this data entry (a substitution's or suggestion's name).</summary>
    public string? Entry { get; set; }
    public string? Reason { get; set; }
}
