namespace Crm.Ingest.Dedup;

/// <summary>A merge, revert or review decision that no longer fits the store (already merged, reverted…).</summary>
public sealed class DedupConflictException(string message) : Exception(message);
