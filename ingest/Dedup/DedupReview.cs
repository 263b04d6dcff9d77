namespace Crm.Ingest.Dedup;

/// <summary>One pair on the review list, with both names for the person deciding.</summary>
public sealed record DedupReview(
    long Id,
    long CustomerId,
    string CustomerName,
    long CandidateId,
    string CandidateName,
    double Score,
    string Evidence,
    string Status,
    DateTime CreatedAt,
    DateTime? DecidedAt,
    string? DecidedBy);
