using System.Diagnostics;
using Crm.Warehouse.Store;
using DuckDB.NET.Data;

namespace Crm.Warehouse.Etl;

/// <summary>
/// A load: reads the source in one snapshot, builds the standby version (only the changes since that version
/// when it can, the whole source otherwise), checks it, and only then makes it the live one. A failure, a failed
/// check, a cancellation or a killed process leave the live version as it was; every run is journalled in etl_runs.
/// </summary>
public static class WarehouseEtl
{
    private static readonly TimeSpan ReaderWait = TimeSpan.FromSeconds(60);

    public static async Task<EtlResult> RunAsync(string sourceConnectionString, WarehouseStore store, EtlOptions options,
        IProgress<EtlProgress>? progress = null, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var started = DateTime.UtcNow;
        Directory.CreateDirectory(Path.GetDirectoryName(store.LivePath)!);
        using var runLock = AcquireLock(store);
        File.Delete(store.LivePath + ".next"); // left by loads before versions had slots

        SourceSnapshot snapshot;
        try
        {
            snapshot = await SourceSnapshot.OpenAsync(sourceConnectionString, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new EtlFailedException($"the source cannot be read, the previous warehouse stays live: {e.Message}", e);
        }
        await using var _ = snapshot;
        var journal = new EtlRunJournal(sourceConnectionString, store.LivePath);
        var plan = await VersionPlan.DecideAsync(store, snapshot, options, ct);
        var runId = await journal.StartAsync(plan.Kind, options.Trigger, ct);
        VersionBuild? build = null;
        try
        {
            build = await BuildAsync(store, snapshot, plan, options.Enrichments, runId, started, progress, ct);
            store.Publish(plan.VersionPath);
            await journal.FinishAsync(runId, plan.Kind, true, null, snapshot.TakenAtUtc, plan.ChangesSinceUtc,
                build.RowsMoved, build.RowsTotal, build.Checks);
            progress?.Report(new EtlProgress("live", store.LivePath, build.RowsMoved.Values.Sum(), clock.Elapsed));
            return new EtlResult(store.LivePath, snapshot.TakenAtUtc, build.RowsTotal, clock.Elapsed)
            {
                RunId = runId, Kind = plan.Kind, RowsMoved = build.RowsMoved, Checks = build.Checks,
            };
        }
        catch (Exception e)
        {
            var failure = e as EtlFailedException ?? (e is OperationCanceledException
                ? null
                : new EtlFailedException($"the load failed and the previous warehouse stays live: {e.Message}", e));
            try
            {
                await journal.FinishAsync(runId, plan.Kind, false, failure?.Message ?? "cancelled", snapshot.TakenAtUtc,
                    plan.ChangesSinceUtc, build?.RowsMoved ?? [], build?.RowsTotal ?? [], build?.Checks ?? []);
            }
            catch (Npgsql.NpgsqlException)
            {
                // The journal is out of reach too (the source went away); the load's own error is the one to report.
            }
            if (failure is null || ReferenceEquals(failure, e)) throw;
            throw failure;
        }
    }

    public static Task<EtlResult> RunFullAsync(string sourceConnectionString, WarehouseStore store,
        IProgress<EtlProgress>? progress = null, CancellationToken ct = default) =>
        RunAsync(sourceConnectionString, store, new EtlOptions { Full = true }, progress, ct);

    private static async Task<VersionBuild> BuildAsync(WarehouseStore store, SourceSnapshot snapshot, VersionPlan plan,
        IReadOnlyList<IWarehouseEnrichment> enrichments, long runId, DateTime started, IProgress<EtlProgress>? progress, CancellationToken ct)
    {
        var full = plan.Kind == "full";
        if (full) VersionPlan.Delete(plan.VersionPath);
        var sourceFigures = LoadChecks.SourceFiguresAsync(snapshot, plan.Tables, ct);
        using var duck = VersionPlan.OpenForWriting(store, plan.VersionPath, ReaderWait, ct);
        // The writer's own database is in memory (see OpenForWriting), which leaves DuckDB no place to spill to
        // unless it is given one: next to the warehouse, removed with the connection.
        var spill = store.LivePath + ".spill";
        duck.Execute($"set threads = 2; set memory_limit = '512MB'; " +
                     $"set temp_directory = '{spill.Replace("'", "''")}'");
        var build = new VersionBuild(duck, snapshot, plan.Tables, progress, ct);
        if (!full) duck.Execute("begin transaction");
        try
        {
            if (full) await build.CopyAllAsync(); else build.CopyChanges(plan.ChangesSinceUtc!.Value);
            // Only now: appending with it off ran slower and took twice the memory, building the models with it on
            // holds more rows in memory than they need.
            duck.Execute("set preserve_insertion_order = false");
            build.BuildModels(incremental: !full);
            EnrichmentSteps.Run(enrichments, duck, snapshot.TakenAtUtc, plan.Kind, build.RowsTotal, progress, ct);
            if (!await build.CheckAsync(sourceFigures))
                throw new EtlFailedException("the load did not pass its checks, the previous warehouse stays live: " +
                                             string.Join("; ", build.Checks.Where(c => !c.Passed)) +
                                             (full ? "" : " (a full rebuild, `crm etl --full`, reads the whole source again)"));
            new VersionInfo(runId, plan.Kind, snapshot.TakenAtUtc, snapshot.ChangesThroughUtc, plan.Fingerprint)
                .Write(duck, started, build.RowsMoved, build.RowsTotal);
            build.Save(commit: !full);
            return build;
        }
        catch
        {
            if (!full) TryRollback(duck);
            _ = sourceFigures.ContinueWith(t => t.Exception, TaskScheduler.Default); // observed; the load already failed
            if (full) { duck.Close(); VersionPlan.Delete(plan.VersionPath); }
            throw;
        }
    }

    private static void TryRollback(DuckDBConnection duck)
    {
        try { duck.Execute("rollback"); } catch (DuckDBException) { /* nothing was open */ }
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
}
