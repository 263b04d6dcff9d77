namespace Crm.Dashboards.Reports;

/// <summary>The chart a dashboard draws from a report: categories from <see cref="X"/>, one series per <see cref="Y"/> column.</summary>
public sealed record ReportChart(ChartKind Kind, string X, IReadOnlyList<string> Y);
