namespace Crm.Ingest.Handover;

/// <param name="ValidTo">Null while the agent still owns the customer.</param>
/// <param name="Reason">assigned, handover, reassigned or merge.</param>
public sealed record OwnershipPeriod(long AgentId, string AgentName, DateTimeOffset ValidFrom, DateTimeOffset? ValidTo, string Reason);
