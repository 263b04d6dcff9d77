namespace Crm.Ingest.Dedup;

/// <summary>How the batch job runs.</summary>
public sealed record DedupJobOptions
{
    /// <summary>Recorded as merged_by on the merges it makes.</summary>
    public string MergedBy { get; init; } = "dedup";

    /// <summary>Decide and count, but write nothing except the keys.</summary>
    public bool DryRun { get; init; }
}
