namespace NatoCorpus.Pipeline.Evaluation;

/// <summary>What a labelled text's header says should be found (bench/eval/FORMAT.md).</summary>
public sealed class LabelledHeader
{
    public string Site { get; set; } = "";
    public string? Layout { get; set; }
    public string? Studied { get; set; }
    public string? Title { get; set; }
    public string? Date { get; set; }
    public string? Updated { get; set; }
}
