namespace Crm.ReportingApi.Features.Dedup;

/// <summary>What a review decision or a revert did: the review or merge acted on, and the merge it made.</summary>
public sealed record DedupActionResponse(long Id, string Action, long? MergeId);
