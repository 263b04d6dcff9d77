namespace Crm.Ingest.Dedup;

/// <summary>What one run of the batch job did.</summary>
public sealed record DedupJobResult(int CustomersScanned, int KeysComputed, int Merged, int QueuedForReview, TimeSpan Elapsed)
{
    public double Seconds => Elapsed.TotalSeconds;
}
