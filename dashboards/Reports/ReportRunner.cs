using System.Numerics;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;

namespace Crm.Dashboards.Reports;

/// <summary>
/// Runs a report's SQL with its arguments and the caller's scope bound as parameters. Only the parameters the
/// SQL names are bound; a name it uses that is neither an argument nor a scope value is a bug in the report.
/// </summary>
public static partial class ReportRunner
{
    private static readonly Dictionary<string, string> Sql = new(StringComparer.Ordinal);

    public static string SqlOf(ReportDefinition report)
    {
        lock (Sql)
        {
            if (!Sql.TryGetValue(report.SqlName, out var sql)) Sql[report.SqlName] = sql = ReportSql.Load(report.SqlName);
            return sql;
        }
    }

    /// <summary>The parameters <paramref name="sql"/> refers to, each once.</summary>
    public static IReadOnlyList<string> ParameterNames(string sql) =>
        ParameterPattern().Matches(sql).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();

    public static ReportQuery Query(ReportArguments args, ReportScope scope)
    {
        var sql = SqlOf(args.Report);
        var bound = new List<KeyValuePair<string, object?>>();
        foreach (var name in ParameterNames(sql))
        {
            object? value = name switch
            {
                "scope_department_id" => scope.DepartmentId,
                "scope_agent_id" => scope.AgentId,
                _ when args.Values.TryGetValue(name, out var v) => v,
                _ => throw new InvalidOperationException($"{args.Report.SqlName}.sql uses ${name}, which is no parameter of {args.Report.Name}"),
            };
            bound.Add(new(name, value));
        }
        return new ReportQuery(args.Report.Name, sql, bound);
    }

    public static ReportResult Run(DuckDBConnection conn, ReportArguments args, ReportScope scope)
    {
        if (!args.Report.Allows(scope.Role))
            throw new UnauthorizedAccessException($"{args.Report.Name} is not a report for the {scope.Role} role");
        using var cmd = Query(args, scope).CreateCommand(conn);
        using var reader = cmd.ExecuteReader();
        var columns = new ReportColumn[reader.FieldCount];
        for (var i = 0; i < columns.Length; i++)
        {
            var name = reader.GetName(i);
            columns[i] = args.Report.Columns.FirstOrDefault(c => c.Name == name) ?? new ReportColumn(name, ColumnKind.Text);
        }
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[columns.Length];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : Plain(reader.GetValue(i));
            rows.Add(row);
        }
        return new ReportResult(args.Report, columns, rows);
    }

    // DuckDB's HUGEINT sums arrive as BigInteger, which neither JSON nor XLSX writers know.
    private static object Plain(object value) => value switch
    {
        BigInteger big => (decimal)big,
        DateTime { Kind: DateTimeKind.Unspecified } t => DateTime.SpecifyKind(t, DateTimeKind.Utc),
        _ => value,
    };

    [GeneratedRegex(@"\$([a-z_][a-z0-9_]*)")]
    private static partial Regex ParameterPattern();
}
