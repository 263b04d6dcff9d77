using Crm.Dashboards.Localization;

namespace Crm.Dashboards.Composition;

/// <summary>A composed page (the overview, marketing, an agent's page) as both its HTML and its PDF show it.</summary>
/// <param name="Facts">What the figures are for, label and value: the period, the scope, filters.</param>
public sealed record DashboardView(
    string Name,
    string Title,
    Language Language,
    IReadOnlyList<KeyValuePair<string, string>> Facts,
    DateTimeOffset? WarehouseAsOf,
    IReadOnlyList<Kpi> Kpis,
    IReadOnlyList<Panel> Panels)
{
    /// <summary>The period the figures cover, for the page's period form.</summary>
    public (DateOnly From, DateOnly To)? Period { get; init; }
}
