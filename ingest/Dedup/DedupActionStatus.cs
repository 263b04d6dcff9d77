namespace Crm.Ingest.Dedup;

/// <summary>How a person's dedup action ended: done, no such review or merge, or it no longer fits the store.</summary>
public enum DedupActionStatus { Done, NotFound, Conflict }
