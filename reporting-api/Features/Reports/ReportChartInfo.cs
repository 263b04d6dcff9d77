namespace Crm.ReportingApi.Features.Reports;

/// <summary>The chart a dashboard draws from the report.</summary>
public sealed record ReportChartInfo(string Kind, string X, IReadOnlyList<string> Y);
