namespace Crm.ReportingApi.Features.Customers;

public sealed record OwnerResponse(long CustomerId, DateTimeOffset At, long AgentId, string AgentName, DateTimeOffset ValidFrom,
    DateTimeOffset? ValidTo);
