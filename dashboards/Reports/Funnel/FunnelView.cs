using Crm.Dashboards.Localization;

namespace Crm.Dashboards.Reports.Funnel;

/// <summary>Everything the funnel's page and PDF show: the rows plus what they were computed for and how fresh they are.</summary>
/// <param name="WarehouseAsOf">When the warehouse last loaded data; null when it has never loaded.</param>
/// <param name="ScopeLabel">Who the figures cover, already in the view's language (e.g. a department or "all").</param>
public sealed record FunnelView(
    IReadOnlyList<FunnelRow> Rows,
    DateOnly From,
    DateOnly To,
    Language Language,
    DateTimeOffset? WarehouseAsOf,
    string ScopeLabel);
