using System.Data;
using System.Diagnostics;
using Crm.Warehouse.Store;
using DuckDB.NET.Data;
using Npgsql;

namespace Crm.Warehouse.Etl;

/// <summary>
/// The full load: every operational table is copied into a new DuckDB file inside one PostgreSQL snapshot,
/// the models are built on it, data tests and reconciliation run, and only then does the new file replace
/// the live one. Any failure deletes the new file and leaves the live one as it was.
/// </summary>
public static class WarehouseEtl
{
    /// <summary>Loads the warehouse from the source and switches readers to the new version when it is checked.</summary>
    public static Task<EtlResult> RunAsync(string sourceConnectionString, WarehouseStore store, EtlOptions options,
        IProgress<EtlProgress>? progress = null, CancellationToken ct = default) =>
        RunFullAsync(sourceConnectionString, store, progress, ct);

    public static async Task<EtlResult> RunFullAsync(
        string sourceConnectionString, WarehouseStore store, IProgress<EtlProgress>? progress = null, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var started = DateTime.UtcNow;
        Directory.CreateDirectory(Path.GetDirectoryName(store.LivePath)!);
        using var runLock = AcquireLock(store);
        DeleteNext(store);
        try
        {
            var result = await BuildNextAsync(sourceConnectionString, store, started, clock, progress, ct);
            File.Move(store.NextPath, store.LivePath, overwrite: true);
            progress?.Report(new EtlProgress("live", store.LivePath, result.TotalRows, clock.Elapsed));
            return result with { Elapsed = clock.Elapsed };
        }
        catch (Exception e) when (e is not EtlFailedException and not OperationCanceledException)
        {
            DeleteNext(store);
            throw new EtlFailedException($"the load failed and the previous warehouse stays live: {e.Message}", e);
        }
        catch
        {
            DeleteNext(store);
            throw;
        }
    }

    private static async Task<EtlResult> BuildNextAsync(string sourceConnectionString, WarehouseStore store, DateTime started,
        Stopwatch clock, IProgress<EtlProgress>? progress, CancellationToken ct)
    {
        await using var pg = new NpgsqlConnection(sourceConnectionString);
        await pg.OpenAsync(ct);
        // One snapshot for every table and every reconciliation figure: the copy is of a single moment.
        await using var snapshot = await pg.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        var snapshotAt = await ScalarAsync<DateTime>(pg, "select now()", ct);

        var rows = new Dictionary<string, long>();
        using (var duck = new DuckDBConnection($"Data Source={store.NextPath}"))
        {
            duck.Open();
            Execute(duck, "set threads = 2");
            foreach (var table in await SourceCatalog.ReadAsync(pg, ct))
            {
                ct.ThrowIfCancellationRequested();
                var tableClock = Stopwatch.StartNew();
                rows[table.RawName] = RawLoader.Load(pg, duck, table, ct);
                progress?.Report(new EtlProgress("copy", table.Name, rows[table.RawName], tableClock.Elapsed));
            }

            foreach (var model in ModelCatalog.Models)
            {
                ct.ThrowIfCancellationRequested();
                var modelClock = Stopwatch.StartNew();
                var kind = model.IsView ? "view" : "table";
                Execute(duck, $"create {kind} {model.Name} as {model.Render(incremental: false)}");
                if (!model.IsView)
                {
                    rows[model.Name] = Scalar<long>(duck, $"select count(*) from {model.Name}");
                    progress?.Report(new EtlProgress("model", model.Name, rows[model.Name], modelClock.Elapsed));
                }
            }

            var problems = RunDataTests(duck).Concat(await ReconcileAsync(pg, duck, ct)).ToList();
            if (problems.Count > 0)
                throw new EtlFailedException("the load did not pass its checks, the previous warehouse stays live: " +
                                             string.Join("; ", problems));

            RecordRun(duck, started, snapshotAt, rows);
            Execute(duck, "checkpoint");
        }
        await snapshot.RollbackAsync(ct);
        return new EtlResult(store.LivePath, DateTime.SpecifyKind(snapshotAt.ToUniversalTime(), DateTimeKind.Utc), rows, clock.Elapsed);
    }

    private static IEnumerable<string> RunDataTests(DuckDBConnection duck)
    {
        foreach (var (name, sql) in ModelCatalog.DataTests)
        {
            var failing = Scalar<long>(duck, $"select count(*) from ({sql})");
            if (failing > 0) yield return $"data test {name} found {failing} bad row(s)";
        }
    }

    private static async Task<List<string>> ReconcileAsync(NpgsqlConnection pg, DuckDBConnection duck, CancellationToken ct)
    {
        var problems = new List<string>();
        foreach (var check in Reconciliation.All)
        {
            var source = await ScalarAsync<decimal>(pg, check.SourceSql, ct);
            var warehouse = Scalar<decimal>(duck, check.WarehouseSql);
            if (source != warehouse) problems.Add($"{check.Name}: source {source} but warehouse {warehouse}");
        }
        return problems;
    }

    private static void RecordRun(DuckDBConnection duck, DateTime started, DateTime snapshotAt, Dictionary<string, long> rows)
    {
        Execute(duck, """
            create table etl_run (started_at timestamp, finished_at timestamp, source_snapshot_at timestamp, kind varchar);
            create table etl_table_rows (table_name varchar, row_count bigint);
            """);
        using (var cmd = duck.CreateCommand())
        {
            cmd.CommandText = "insert into etl_run values ($started, $finished, $snapshot, 'full')";
            cmd.Parameters.Add(new DuckDBParameter("started", started));
            cmd.Parameters.Add(new DuckDBParameter("finished", DateTime.UtcNow));
            cmd.Parameters.Add(new DuckDBParameter("snapshot", snapshotAt.ToUniversalTime()));
            cmd.ExecuteNonQuery();
        }
        using var appender = duck.CreateAppender("etl_table_rows");
        foreach (var (table, count) in rows) appender.CreateRow().AppendValue(table).AppendValue(count).EndRow();
    }

    private static FileStream AcquireLock(WarehouseStore store)
    {
        try
        {
            return new FileStream(store.LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new EtlFailedException("another ETL run is in progress on this warehouse; try again when it ends");
        }
    }

    private static void DeleteNext(WarehouseStore store)
    {
        File.Delete(store.NextPath);
        File.Delete(store.NextPath + ".wal");
    }

    private static void Execute(DuckDBConnection duck, string sql)
    {
        using var cmd = duck.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static T Scalar<T>(DuckDBConnection duck, string sql)
    {
        using var cmd = duck.CreateCommand();
        cmd.CommandText = sql;
        return (T)Convert.ChangeType(cmd.ExecuteScalar()!, typeof(T));
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection pg, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, pg);
        return (T)Convert.ChangeType((await cmd.ExecuteScalarAsync(ct))!, typeof(T));
    }
}
