namespace Crm.Dashboards.Reports;

/// <summary>
/// What a report is: its query (one rpt_*.sql file, parameterised), the parameters it takes, the columns it
/// returns, the chart that shows it and who may run it. Rows are scoped inside the query, never after it.
/// </summary>
public sealed record ReportDefinition(
    string Name,
    ReportTitle Title,
    string Description,
    IReadOnlyList<ReportParameter> Parameters,
    IReadOnlyList<ReportColumn> Columns,
    ReportChart? Chart = null)
{
    /// <summary>The embedded query, rpt_{Name}.sql unless said otherwise.</summary>
    public string SqlName { get; init; } = "rpt_" + Name;

    /// <summary>Marketers run only the reports about campaigns and sources; the other roles run all of them.</summary>
    public bool ForMarketers { get; init; }

    /// <summary>The cells that open a list report of this row's deals or customers.</summary>
    public IReadOnlyList<ReportDrill> Drills { get; init; } = [];

    public bool Allows(ReportRole role) => role != ReportRole.Marketer || ForMarketers;

    public ReportParameter? Parameter(string name) =>
        Parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}
