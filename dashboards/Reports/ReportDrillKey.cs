namespace Crm.Dashboards.Reports;

/// <summary>One filter a drill-down sets: the target report's <see cref="Parameter"/> takes the row's value of <see cref="Column"/>.</summary>
public sealed record ReportDrillKey(string Parameter, string Column);
