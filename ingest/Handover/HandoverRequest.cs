namespace Crm.Ingest.Handover;

/// <summary>An agent leaves: their portfolio goes to <paramref name="ToAgentId"/>, or is spread over their department when it is null.</summary>
/// <param name="EffectiveAt">When ownership changes hands; now when null. <see cref="HandoverCalendar.StartOf"/> turns a date into a moment.</param>
/// <param name="CreatedBy">Who asked for it, for the audit trail.</param>
public sealed record HandoverRequest(long LeavingAgentId, long? ToAgentId, DateTimeOffset? EffectiveAt = null, string CreatedBy = "system")
{
    public bool Spread => ToAgentId is null;
}
