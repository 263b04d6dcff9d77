using System.Reflection;
using Npgsql;

namespace Crm.Testing;

/// <summary>
/// A report's figures computed independently on PostgreSQL: Oracles/pg_{report}.sql over the operational tables
/// (never the star), with named parameters (@date_from, @scope_agent_id, ...); <c>{{roots_and_portfolio}}</c> in it
/// stands for <see cref="OracleSql.Ctes"/> of @scope_agent_id, the same in every oracle. Tests hold the warehouse report
/// against it; the reports benchmark times it as the PostgreSQL side.
/// </summary>
public static class ReportOracle
{
    public static string Sql(string report)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"oracles/pg_{report}.sql")
            ?? throw new InvalidOperationException($"no oracle query Oracles/pg_{report}.sql");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace(OracleSql.RootsAndPortfolio, OracleSql.Ctes("@scope_agent_id"), StringComparison.Ordinal);
    }

    public static bool Exists(string report) =>
        Assembly.GetExecutingAssembly().GetManifestResourceInfo($"oracles/pg_{report}.sql") is not null;

    /// <summary>Runs the oracle; each row maps column name to value. Null parameters need a cast in the SQL (@agent_id::bigint).</summary>
    public static async Task<List<Dictionary<string, object?>>> RunAsync(NpgsqlConnection conn, string report,
        IReadOnlyDictionary<string, object?> parameters)
    {
        await using var cmd = new NpgsqlCommand(Sql(report), conn);
        foreach (var (name, value) in parameters)
            if (cmd.CommandText.Contains("@" + name, StringComparison.Ordinal))
                cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = new List<Dictionary<string, object?>>();
        while (await reader.ReadAsync())
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++) row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }
}
