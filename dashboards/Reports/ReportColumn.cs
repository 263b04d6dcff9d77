namespace Crm.Dashboards.Reports;

/// <summary>A column of a report's result, named as the report's SQL names it.</summary>
public sealed record ReportColumn(string Name, ColumnKind Kind, string Description = "");
