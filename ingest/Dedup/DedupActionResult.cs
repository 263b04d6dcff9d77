namespace Crm.Ingest.Dedup;

/// <summary>The end of a review decision or a revert; <see cref="MergeId"/> is the merge a review decision made.</summary>
public sealed record DedupActionResult(DedupActionStatus Status, string? Message = null, long? MergeId = null)
{
    public static DedupActionResult NotFound(string message) => new(DedupActionStatus.NotFound, message);
    public static DedupActionResult Conflict(string message) => new(DedupActionStatus.Conflict, message);
}
