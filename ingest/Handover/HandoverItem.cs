namespace Crm.Ingest.Handover;

/// <param name="Kind">customer, deal or task (an activity of type task).</param>
public sealed record HandoverItem(string Kind, long ItemId, long ToAgentId);
