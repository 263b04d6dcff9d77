namespace Crm.Ingest.Dedup;

/// <summary>Whether two customers agree on one fact: unknown when either lacks it.</summary>
public enum Agreement { Unknown, Same, Different }
