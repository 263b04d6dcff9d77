namespace Crm.Ingest.Dedup;

/// <summary>
/// What to do with one customer: merge it into <see cref="SurvivorId"/> (a root) on <see cref="Evidence"/>,
/// or put <see cref="Reviews"/> on the review list, or nothing (unique).
/// </summary>
public sealed record MatchDecision(long CustomerId, long? SurvivorId, PairEvidence? Evidence, IReadOnlyList<ReviewProposal> Reviews)
{
    public static MatchDecision Unique(long id) => new(id, null, null, []);

    public DedupOutcome Outcome => SurvivorId is not null ? DedupOutcome.Merged
        : Reviews.Count > 0 ? DedupOutcome.Review : DedupOutcome.Unique;
}
