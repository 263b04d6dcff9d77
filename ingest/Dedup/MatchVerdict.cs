namespace Crm.Ingest.Dedup;

/// <summary>What one pair of customers looks like: different, perhaps the same, or surely the same.</summary>
public enum MatchVerdict { None, Review, Sure }
