namespace Crm.Ingest.Dedup;

/// <summary>A pair for a person to decide: the customer, the root it may be, how alike, and why.</summary>
public sealed record ReviewProposal(long CustomerId, long CandidateRootId, double Score, PairEvidence Evidence);
