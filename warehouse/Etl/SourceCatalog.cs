using Npgsql;

namespace Crm.Warehouse.Etl;

/// <summary>
/// Reads the operational schema's tables from information_schema, so a table added by a migration reaches
/// the raw layer without a hand-kept list.
/// </summary>
internal static class SourceCatalog
{
    public static async Task<IReadOnlyList<SourceTable>> ReadAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        const string sql = """
            select c.table_name, c.column_name, c.data_type, c.numeric_precision, c.numeric_scale
            from information_schema.columns c
            join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
            where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
              -- bookkeeping, not business facts: migration versions and the raw rows imports refused
              and c.table_name not in ('schema_version', 'import_quarantine')
              and c.table_name not like 'etl\_%'
            order by c.table_name, c.ordinal_position
            """;
        var tables = new List<SourceTable>();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        string? current = null;
        var columns = new List<SourceColumn>();
        while (await reader.ReadAsync(ct))
        {
            var table = reader.GetString(0);
            if (current is not null && table != current)
            {
                tables.Add(new SourceTable(current, columns));
                columns = [];
            }
            current = table;
            columns.Add(new SourceColumn(
                reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetInt32(3),
                reader.IsDBNull(4) ? null : reader.GetInt32(4)));
        }
        if (current is not null) tables.Add(new SourceTable(current, columns));
        return tables;
    }
}
