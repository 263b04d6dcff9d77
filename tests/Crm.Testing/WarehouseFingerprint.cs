using Crm.Warehouse.Store;
using DuckDB.NET.Data;

namespace Crm.Testing;

/// <summary>
/// What a warehouse version holds: row count and an order-independent hash of the rows of every star table
/// (dim_, fct_, mart_), and when its source was read. Two versions with equal fingerprints hold the same
/// data; a version mixed from two loads matches neither of them.
/// </summary>
public sealed record WarehouseFingerprint(DateTime? AsOfUtc, string Tables)
{
    private const string StarTables = """
        select table_name from information_schema.tables
        where table_catalog = current_database() and table_schema = 'main' and table_type = 'BASE TABLE'
          and regexp_matches(table_name, '^(dim|fct|mart)_')
        order by table_name
        """;

    public static WarehouseFingerprint Of(WarehouseStore store)
    {
        using var conn = store.OpenRead();
        return Of(conn);
    }

    public static WarehouseFingerprint Of(DuckDBConnection conn)
    {
        var names = new List<string>();
        using (var cmd = conn.CreateCommand())
        {
            cmd.CommandText = StarTables;
            using var reader = cmd.ExecuteReader();
            while (reader.Read()) names.Add(reader.GetString(0));
        }
        var lines = names.Select(name =>
        {
            using var cmd = conn.CreateCommand();
            // The names come from the catalog, not from input. A row variable hashes the whole row; summing
            // (rather than xor-ing) keeps duplicate rows from cancelling each other out.
            cmd.CommandText = $"""
                select count(*) || ' rows, hash ' || coalesce(sum(hash(whole_row)), 0)
                from "{name}" as whole_row
                """;
            return $"{name}: {cmd.ExecuteScalar()}";
        });
        return new WarehouseFingerprint(WarehouseStore.AsOfUtc(conn), string.Join('\n', lines));
    }

    public override string ToString() => $"as of {AsOfUtc:O}\n{Tables}";
}
