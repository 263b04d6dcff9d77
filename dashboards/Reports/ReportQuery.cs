using DuckDB.NET.Data;

namespace Crm.Dashboards.Reports;

/// <summary>
/// A report's query with its parameters, bound by name: the one command behind its rows, its JSON and its Arrow
/// stream, so every form of a report answers for the same filters and scope.
/// </summary>
public sealed record ReportQuery(string Report, string Sql, IReadOnlyList<KeyValuePair<string, object?>> Parameters)
{
    public DuckDBCommand CreateCommand(DuckDBConnection conn)
    {
        var cmd = conn.CreateCommand();
        cmd.CommandText = Sql;
        foreach (var (name, value) in Parameters) cmd.Parameters.Add(new DuckDBParameter(name, value));
        return cmd;
    }
}
