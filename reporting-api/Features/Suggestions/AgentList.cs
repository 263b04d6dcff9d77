namespace Crm.ReportingApi.Features.Suggestions;

/// <summary>An agent's list (churn risk or suggestions): one object per row, keyed by the report's column names.</summary>
public sealed record AgentList(long AgentId, string Report, DateTime? WarehouseAsOfUtc, IReadOnlyList<IReadOnlyDictionary<string, object?>> Items);
