namespace Crm.ReportingApi.Features.Agents;

/// <param name="To">The receiving agent; null spreads the portfolio over the leaver's department by load.</param>
/// <param name="Date">The leave day (Yerevan); ownership changes at its start. Null: now.</param>
public sealed record LeaveRequest(long? To, DateOnly? Date);
