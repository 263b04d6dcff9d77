namespace Crm.Dashboards.Reports;

/// <summary>A value a filter's select offers, as the query string carries it and as the reader knows it.</summary>
public sealed record FilterOption(string Value, string Label);
