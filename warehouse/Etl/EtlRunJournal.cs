using Npgsql;

namespace Crm.Warehouse.Etl;

/// <summary>
/// Writes each run to etl_runs in the operational store, outside the load's snapshot and in its own short
/// transactions, so a failed or killed run is on record even though it left no warehouse version behind.
/// </summary>
internal sealed class EtlRunJournal(string connectionString, string warehouseFile)
{
    /// <summary>Records the start; runs of this warehouse still marked running died with their process (we hold the lock).</summary>
    public async Task<long> StartAsync(string kind, string trigger, CancellationToken ct)
    {
        await using var conn = await OpenAsync(ct);
        await using var cmd = new NpgsqlCommand("""
            update etl_runs set outcome = 'abandoned', finished_at = now(), message = 'the process ended before the run finished'
            where outcome = 'running' and warehouse_file = @file;
            insert into etl_runs (kind, trigger, warehouse_file) values (@kind, @trigger, @file) returning id;
            """, conn);
        cmd.Parameters.AddWithValue("file", warehouseFile);
        cmd.Parameters.AddWithValue("kind", kind);
        cmd.Parameters.AddWithValue("trigger", trigger);
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    public async Task FinishAsync(long runId, string kind, bool succeeded, string? message, DateTime? snapshotUtc, DateTime? changesSinceUtc,
        IReadOnlyDictionary<string, long> rowsMoved, IReadOnlyDictionary<string, long> rowsTotal, IReadOnlyList<EtlCheck> checks)
    {
        // Not cancellable: a cancelled run is still recorded as failed.
        await using var conn = await OpenAsync(CancellationToken.None);
        await using var tx = await conn.BeginTransactionAsync();
        await using (var cmd = new NpgsqlCommand("""
            update etl_runs set kind = @kind, outcome = @outcome, message = @message, finished_at = now(),
                   source_snapshot_at = @snapshot, changes_since = @since, rows_moved = @moved
            where id = @id
            """, conn, tx))
        {
            cmd.Parameters.AddWithValue("id", runId);
            cmd.Parameters.AddWithValue("kind", kind);
            cmd.Parameters.AddWithValue("outcome", succeeded ? "succeeded" : "failed");
            cmd.Parameters.AddWithValue("message", (object?)message ?? DBNull.Value);
            cmd.Parameters.AddWithValue("snapshot", (object?)snapshotUtc ?? DBNull.Value);
            cmd.Parameters.AddWithValue("since", (object?)changesSinceUtc ?? DBNull.Value);
            cmd.Parameters.AddWithValue("moved", rowsMoved.Values.Sum());
            await cmd.ExecuteNonQueryAsync();
        }
        var tables = rowsTotal.Keys.Union(rowsMoved.Keys).Order().ToArray();
        await using (var cmd = new NpgsqlCommand("""
            insert into etl_run_tables (run_id, table_name, rows_moved, rows_total)
            select @id, t.name, t.moved, t.total from unnest(@names, @moved, @totals) as t(name, moved, total)
            """, conn, tx))
        {
            cmd.Parameters.AddWithValue("id", runId);
            cmd.Parameters.AddWithValue("names", tables);
            cmd.Parameters.AddWithValue("moved", tables.Select(t => rowsMoved.GetValueOrDefault(t)).ToArray());
            cmd.Parameters.AddWithValue("totals", tables.Select(t => rowsTotal.TryGetValue(t, out var n) ? n : (long?)null).ToArray());
            await cmd.ExecuteNonQueryAsync();
        }
        await using (var cmd = new NpgsqlCommand("""
            insert into etl_run_checks (run_id, check_name, kind, source_value, warehouse_value, passed, detail)
            select @id, c.name, c.kind, c.source, c.warehouse, c.passed, c.detail
            from unnest(@names, @kinds, @sources, @warehouses, @passed, @details) as c(name, kind, source, warehouse, passed, detail)
            """, conn, tx))
        {
            cmd.Parameters.AddWithValue("id", runId);
            cmd.Parameters.AddWithValue("names", checks.Select(c => c.Name).ToArray());
            cmd.Parameters.AddWithValue("kinds", checks.Select(c => c.Kind).ToArray());
            cmd.Parameters.AddWithValue("sources", checks.Select(c => c.SourceValue).ToArray());
            cmd.Parameters.AddWithValue("warehouses", checks.Select(c => c.WarehouseValue).ToArray());
            cmd.Parameters.AddWithValue("passed", checks.Select(c => c.Passed).ToArray());
            cmd.Parameters.AddWithValue("details", checks.Select(c => c.Detail).ToArray());
            await cmd.ExecuteNonQueryAsync();
        }
        await tx.CommitAsync();
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken ct)
    {
        var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync(ct);
        return conn;
    }
}
