namespace Crm.Ingest.Dedup;

/// <summary>
/// Dedup measured against the demo generator's planted duplicates. Merges are the predictions; open
/// review pairs are counted apart (a person still has to decide them).
/// </summary>
public sealed record DedupScoreResult(
    int TruthPairs,
    int PredictedPairs,
    int CorrectPairs,
    int FoundTruthPairs,
    int ReviewPairs,
    int ReviewPairsTrue)
{
    public double Precision => PredictedPairs == 0 ? 1 : (double)CorrectPairs / PredictedPairs;
    public double Recall => TruthPairs == 0 ? 1 : (double)FoundTruthPairs / TruthPairs;
}
