namespace Crm.Dashboards.Reports;

/// <summary>A report's rows as the query returned them, with the definition's column kinds.</summary>
public sealed record ReportResult(ReportDefinition Report, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<object?[]> Rows)
{
    public int Ordinal(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
            if (Columns[i].Name == column) return i;
        throw new ArgumentException($"{Report.Name} has no column '{column}'");
    }

    /// <summary>The values of one column, in row order.</summary>
    public IEnumerable<object?> Column(string column)
    {
        var i = Ordinal(column);
        return Rows.Select(r => r[i]);
    }
}
