namespace Crm.Ingest.Dedup;

/// <summary>Where the batch job is: a step (keys, match, write) and how far into it.</summary>
public sealed record DedupProgress(string Step, int Done, int Total);
