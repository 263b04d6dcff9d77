using DuckDB.NET.Data;
using Npgsql;

namespace Crm.Warehouse.Etl;

/// <summary>
/// The checks every load passes before its version goes live: reconciliation of each fact's row count and amount
/// against the source, freshness (each table's newest change made it across), and the data tests inside the star.
/// The source side is asked on a sibling connection of the load's snapshot while the load works.
/// </summary>
internal static class LoadChecks
{
    public static async Task<Dictionary<string, decimal?>> SourceFiguresAsync(
        SourceSnapshot snapshot, IReadOnlyList<SourceTable> tables, CancellationToken ct)
    {
        await using var conn = await snapshot.OpenSiblingAsync(ct);
        var figures = new Dictionary<string, decimal?>();
        foreach (var check in Reconciliation.All)
        {
            await using var cmd = new NpgsqlCommand(check.SourceSql, conn);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            for (var i = 0; i < check.Names.Length; i++)
                figures[check.Names[i]] = reader.IsDBNull(i) ? null : Convert.ToDecimal(reader.GetValue(i));
        }
        foreach (var table in tables.Where(t => t.Columns.Any(c => c.Name == "updated_at")))
            figures[Freshness(table)] = await ScalarAsync(conn,
                $"select (extract(epoch from max(updated_at)) * 1000000)::numeric from \"{table.Name}\"", ct);
        return figures;
    }

    public static List<EtlCheck> Compare(DuckDBConnection duck, IReadOnlyList<SourceTable> tables, Dictionary<string, decimal?> source)
    {
        var checks = new List<EtlCheck>();
        foreach (var check in Reconciliation.All)
        {
            using var cmd = duck.CreateCommand();
            cmd.CommandText = $"select columns(*)::decimal(38,2) from ({check.WarehouseSql})";
            using var reader = cmd.ExecuteReader();
            reader.Read();
            for (var i = 0; i < check.Names.Length; i++)
            {
                var name = check.Names[i];
                decimal? warehouse = reader.IsDBNull(i) ? null : Convert.ToDecimal(reader.GetValue(i));
                checks.Add(new EtlCheck(name, "reconciliation", source[name], warehouse, source[name] == warehouse));
            }
        }
        foreach (var table in tables.Where(t => t.Columns.Any(c => c.Name == "updated_at")))
        {
            var warehouse = duck.Scalar<decimal?>($"select epoch_us(max(updated_at))::decimal(38,0) from \"{table.RawName}\"");
            var name = Freshness(table);
            checks.Add(new EtlCheck(name, "freshness", source[name], warehouse, source[name] == warehouse,
                "newest updated_at, microseconds since 1970"));
        }
        foreach (var (name, sql) in ModelCatalog.DataTests)
        {
            var failing = duck.Scalar<long>($"select count(*) from ({sql})");
            checks.Add(new EtlCheck(name, "data_test", null, failing, failing == 0));
        }
        return checks;
    }

    private static string Freshness(SourceTable table) => $"{table.Name}.newest_change";

    private static async Task<decimal?> ScalarAsync(NpgsqlConnection conn, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        return await cmd.ExecuteScalarAsync(ct) is { } v and not DBNull ? Convert.ToDecimal(v) : null;
    }
}
