namespace Crm.Ingest.Dedup;

/// <summary>One recorded merge: who was recognised as whom, how, when and by whom; reverted ones too.</summary>
public sealed record DedupMerge(
    long Id,
    long SurvivorId,
    long DuplicateId,
    string DuplicateName,
    string Method,
    double Score,
    string Evidence,
    DateTime MergedAt,
    string MergedBy,
    DateTime? RevertedAt,
    string? RevertedBy);
