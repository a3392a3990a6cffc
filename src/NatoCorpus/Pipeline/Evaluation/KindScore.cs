namespace NatoCorpus.Pipeline.Evaluation;

/// <summary>Counts for one kind: how many lines the tool gave it rightly, wrongly, and how many it missed.</summary>
public sealed class KindScore
{
    public int TruePositives { get; set; }
    public int FalsePositives { get; set; }
    public int FalseNegatives { get; set; }

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
}
