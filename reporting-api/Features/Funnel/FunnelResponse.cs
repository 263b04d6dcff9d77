using Crm.Dashboards.Reports.Funnel;

namespace Crm.ReportingApi.Features.Funnel;

public sealed record FunnelResponse(
    string Report,
    DateOnly From,
    DateOnly To,
    string Scope,
    DateTimeOffset? WarehouseAsOf,
    IReadOnlyList<FunnelRow> Rows);
