using System.Numerics;
using Crm.Dashboards.Reports;
using DuckDB.NET.Data;

namespace Crm.Dashboards.Composition;

/// <summary>
/// A fact another part of the product writes into the warehouse when it runs (churn scores, suggestions): absent until
/// then, and its columns not ours to fix. It is looked up in DuckDB's catalogue; when present its rows are read for the
/// reader's scope (through its customer, else its agent), highest <see cref="OrderBy"/> candidate first. Every name in
/// the SQL comes from the constants below or the catalogue, never from a request.
/// </summary>
public sealed record OptionalFact(string Table, IReadOnlyList<string> OrderBy)
{
    public static OptionalFact ChurnScores { get; } = new("fct_churn_score",
        ["churn_probability", "churn_score", "risk_score", "score", "probability"]);

    public static OptionalFact Suggestions { get; } = new("fct_suggestion",
        ["priority", "score", "expected_value", "created_at", "suggested_at"]);

    /// <summary>Null when the warehouse has no such table (or view) yet.</summary>
    public ReportResult? Read(DuckDBConnection conn, ReportScope scope, int limit)
    {
        var columns = Columns(conn);
        if (columns.Count == 0) return null;
        var where = columns.Contains("customer_id")
            ? """
              t.customer_id in (select customer_id from dim_customer where is_current
                and ($scope_agent_id is null or owner_agent_id = $scope_agent_id)
                and ($scope_department_id is null or department_id = $scope_department_id))
              """
            : columns.Contains("agent_id")
                ? """
                  ($scope_agent_id is null or t.agent_id = $scope_agent_id)
                  and ($scope_department_id is null or t.agent_id in (select agent_id from dim_agent where department_id = $scope_department_id))
                  """
                : "$scope_agent_id is null and $scope_department_id is null";
        var name = columns.Contains("customer_id") && !columns.Contains("customer_name")
            ? ", (select c.customer_name from dim_customer c where c.customer_id = t.customer_id and c.is_current) as customer_name"
            : "";
        var order = OrderBy.FirstOrDefault(columns.Contains) is { } by ? $"order by t.{by} desc nulls last" : "";
        using var cmd = conn.CreateCommand();
        cmd.CommandText = $"select t.*{name} from {Table} t where {where} {order} limit {limit}";
        cmd.Parameters.Add(new DuckDBParameter("scope_agent_id", scope.AgentId));
        cmd.Parameters.Add(new DuckDBParameter("scope_department_id", scope.DepartmentId));
        return ReadAll(cmd);
    }

    /// <summary>How many rows the reader's scope has (for a headline figure); null when the table is absent.</summary>
    public long? Count(DuckDBConnection conn, ReportScope scope) => Read(conn, scope, 1_000_000)?.Rows.Count;

    private HashSet<string> Columns(DuckDBConnection conn)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = "select column_name from duckdb_columns() where table_name = $t and schema_name = 'main'";
        cmd.Parameters.Add(new DuckDBParameter("t", Table));
        using var reader = cmd.ExecuteReader();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }

    private ReportResult ReadAll(DuckDBCommand cmd)
    {
        using var reader = cmd.ExecuteReader();
        var columns = Enumerable.Range(0, reader.FieldCount)
            .Select(i => new ReportColumn(reader.GetName(i), KindOf(reader.GetName(i), reader.GetFieldType(i)))).ToList();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[columns.Count];
            for (var i = 0; i < row.Length; i++)
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i) is BigInteger big ? (decimal)big : reader.GetValue(i);
            rows.Add(row);
        }
        var definition = new ReportDefinition(Table, new ReportTitle(Table, Table, Table), "", [], columns);
        return new ReportResult(definition, columns, rows);
    }

    private static ColumnKind KindOf(string name, Type type) => type switch
    {
        _ when type == typeof(DateOnly) => ColumnKind.Date,
        _ when type == typeof(DateTime) || type == typeof(DateTimeOffset) => ColumnKind.Timestamp,
        _ when type == typeof(string) || type == typeof(bool) => ColumnKind.Text,
        _ when name.Contains("probability") || name.Contains("share") || name.EndsWith("_rate") => ColumnKind.Share,
        _ when name.Contains("amount") || name.Contains("revenue") || name.Contains("value") => ColumnKind.Money,
        _ when name.EndsWith("_id") || type == typeof(int) || type == typeof(long) => ColumnKind.Integer,
        _ => ColumnKind.Number,
    };
}
