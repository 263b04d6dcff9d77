namespace Crm.Ingest.Dedup;

/// <summary>An existing customer that may be the new one, and the root customer it belongs to.</summary>
public sealed record Candidate(CustomerKeys Keys, long RootId);
