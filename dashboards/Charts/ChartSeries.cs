using Crm.Dashboards.Reports;

namespace Crm.Dashboards.Charts;

/// <summary>One series of a chart: a report column's values, one per category (or point), labelled in the page's language.</summary>
public sealed record ChartSeries(ReportColumn Column, string Label, double[] Values);
