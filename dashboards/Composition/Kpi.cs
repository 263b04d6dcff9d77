namespace Crm.Dashboards.Composition;

/// <summary>A headline figure of a dashboard, already formatted: "Revenue", "1 234 567 ֏", "+12.5% vs the previous period".</summary>
public sealed record Kpi(string Label, string Value, string? Note = null);
