namespace Crm.Dashboards.Reports;

/// <summary>
/// A drill-down: the cell of <see cref="Column"/> links to the list report <see cref="Target"/> filtered by the row's
/// <see cref="Keys"/>, with every filter the two reports share carried over (the period, a department...). A row whose
/// key is an unknown member (-1) has no link: "unknown" cannot be asked for as a filter.
/// </summary>
public sealed record ReportDrill(string Column, string Target, IReadOnlyList<ReportDrillKey> Keys);
