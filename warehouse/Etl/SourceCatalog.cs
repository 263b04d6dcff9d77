using System.Text.RegularExpressions;
using Npgsql;

namespace Crm.Warehouse.Etl;

/// <summary>
/// The operational tables the models read, from information_schema: a table reaches the raw layer when a model
/// names raw_{table}, and of its columns those some model names (plus its key and timestamps), so the load moves
/// what the star needs and nothing else, without a hand-kept list.
/// </summary>
internal static partial class SourceCatalog
{
    public static async Task<IReadOnlyList<SourceTable>> ReadAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        var sql = ModelCatalog.Models.Select(m => m.Sql + "\n" + m.AffectedSql).ToList();
        var tables = sql.SelectMany(s => RawTable().Matches(s)).Select(m => m.Groups[1].Value).ToHashSet();
        var words = sql.SelectMany(s => Word().Matches(s)).Select(m => m.Value.ToLowerInvariant()).ToHashSet();

        const string columnsSql = """
            select c.table_name, c.column_name, c.data_type, c.numeric_precision, c.numeric_scale,
                   coalesce(k.is_key, false)
            from information_schema.columns c
            join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
            left join lateral (
                select true as is_key from pg_index i
                join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
                where i.indisprimary and i.indrelid = format('public.%I', c.table_name)::regclass and a.attname = c.column_name
            ) k on true
            where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.table_name = any(@tables)
            order by c.table_name, c.ordinal_position
            """;
        await using var cmd = new NpgsqlCommand(columnsSql, conn);
        cmd.Parameters.AddWithValue("tables", tables.ToArray());
        var byTable = new SortedDictionary<string, (List<SourceColumn> Columns, List<string> Key)>(StringComparer.Ordinal);
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var (table, column, isKey) = (reader.GetString(0), reader.GetString(1), reader.GetBoolean(5));
                if (!byTable.TryGetValue(table, out var entry)) byTable[table] = entry = ([], []);
                if (isKey) entry.Key.Add(column);
                if (isKey || column is "updated_at" or "deleted_at" || words.Contains(column))
                    entry.Columns.Add(new SourceColumn(column, reader.GetString(2),
                        reader.IsDBNull(3) ? null : reader.GetInt32(3), reader.IsDBNull(4) ? null : reader.GetInt32(4)));
            }
        }
        var missing = tables.Where(t => !byTable.ContainsKey(t)).Order().ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException($"models read raw tables the source does not have: {string.Join(", ", missing)}");
        return byTable.Select(t => new SourceTable(t.Key, t.Value.Columns, t.Value.Key)).ToList();
    }

    [GeneratedRegex(@"\braw_(\w+)")]
    private static partial Regex RawTable();

    [GeneratedRegex(@"\b[A-Za-z_][A-Za-z0-9_]*\b")]
    private static partial Regex Word();
}
