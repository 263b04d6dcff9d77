using Dapper;
using Npgsql;

namespace Crm.ReportingApi.Features.Etl;

/// <summary>Reads the etl_runs journal the ETL engine writes (migration V014); this side only reads it.</summary>
public static class EtlRunJournal
{
    private const string RunsSql = """
        select id, kind, trigger, started_at as StartedAt, finished_at as FinishedAt,
               source_snapshot_at as SourceSnapshotAt, changes_since as ChangesSince, outcome, message,
               warehouse_file as WarehouseFile, rows_moved as RowsMoved
        from etl_runs
        order by started_at desc, id desc
        limit @limit
        """;

    private const string TablesSql = """
        select run_id as RunId, table_name as TableName, rows_moved as RowsMoved, rows_total as RowsTotal
        from etl_run_tables
        where run_id = any(@ids)
        order by run_id, table_name
        """;

    // Failed checks first: they are what a reader of a failed run is looking for.
    private const string ChecksSql = """
        select run_id as RunId, check_name as CheckName, kind, source_value as SourceValue,
               warehouse_value as WarehouseValue, passed, detail
        from etl_run_checks
        where run_id = any(@ids)
        order by run_id, passed, check_name
        """;

    /// <summary>The newest runs first, each with its tables and checks.</summary>
    public static async Task<List<EtlRun>> RecentAsync(NpgsqlConnection conn, int limit, CancellationToken ct)
    {
        var runs = (await conn.QueryAsync<EtlRun>(new CommandDefinition(RunsSql, new { limit }, cancellationToken: ct))).ToList();
        if (runs.Count == 0) return runs;
        var ids = runs.Select(run => run.Id).ToArray();
        var tables = (await conn.QueryAsync<EtlRunTable>(new CommandDefinition(TablesSql, new { ids }, cancellationToken: ct)))
            .ToLookup(table => table.RunId);
        var checks = (await conn.QueryAsync<EtlRunCheck>(new CommandDefinition(ChecksSql, new { ids }, cancellationToken: ct)))
            .ToLookup(check => check.RunId);
        return runs.Select(run => run with { Tables = [.. tables[run.Id]], Checks = [.. checks[run.Id]] }).ToList();
    }
}
