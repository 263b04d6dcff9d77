using Crm.Dashboards.Reports;

namespace Crm.Dashboards.Composition;

/// <summary>
/// A section of a dashboard: a report's result (or a table of the dashboard's own) with its chart and the columns worth
/// a glance; <see cref="Message"/> stands in for the table when there is nothing to show yet (no churn scores...).
/// </summary>
public sealed record Panel(string Id, string Title, ReportResult? Result, ReportArguments? Arguments)
{
    public ReportChart? Chart { get; init; }

    /// <summary>The columns shown, in this order; all of them when null.</summary>
    public IReadOnlyList<string>? Columns { get; init; }

    public int MaxRows { get; init; } = 10;

    public string? Message { get; init; }

    /// <summary>The full report's page with the same filters, for the reader who wants more than the panel shows.</summary>
    public string? ReportHref { get; init; }
}
