using System.Diagnostics;
using Crm.Dashboards.Reports;
using Crm.Dashboards.Reports.Funnel;
using Crm.Ingest.Demo;
using Crm.Warehouse.Etl;
using Crm.Warehouse.Store;
using Npgsql;

namespace Crm.Benchmarks;

/// <summary>
/// Demo generation, then the warehouse loads held against yardsticks: the full load against reading the same rows
/// with binary COPY alone, an incremental load after 1% of the rows changed against the full load, the loads' peak
/// memory, and the funnel query on the result.
/// </summary>
public static class EtlSuite
{
    public static async Task RunAsync(string scaleName)
    {
        var scale = DemoScale.Parse(scaleName);
        await using var db = await BenchmarkDatabase.StartAsync();

        var generated = await db.GenerateAsync(scale);
        Console.WriteLine($"gen_rows={generated.TotalRows}");
        Console.WriteLine($"gen_seconds={generated.Elapsed.TotalSeconds:F2}");
        Console.WriteLine($"gen_rows_per_s={generated.RowsPerSecond:F0}");

        var (copyRows, copyElapsed) = await SourceReadBaseline.ReadAllAsync(db.ConnectionString);
        Console.WriteLine($"etl_copy_read_rows={copyRows}");
        Console.WriteLine($"etl_copy_read_seconds={copyElapsed.TotalSeconds:F2}");

        var store = new WarehouseStore(Path.Combine(db.Folder, "warehouse", "crm.duckdb"));
        PeakMemory.Reset();
        var full = await LoadAsync(db, store, full: true);
        Console.WriteLine($"etl_full_seconds={full.Elapsed.TotalSeconds:F2}");
        Console.WriteLine($"etl_rows_per_s={copyRows / full.Elapsed.TotalSeconds:F0}");
        Console.WriteLine($"etl_full_vs_copy={full.Elapsed / copyElapsed:F2}");

        // The first incremental load after a full one copies the live version into the standby slot; from then on
        // each load builds on the standby, which is the steady state a nightly schedule runs in.
        var first = await LoadAsync(db, store, full: false);
        Console.WriteLine($"etl_first_incremental_seconds={first.Elapsed.TotalSeconds:F2}");
        var idle = await LoadAsync(db, store, full: false);
        Console.WriteLine($"etl_nothing_changed_seconds={idle.Elapsed.TotalSeconds:F2}");
        Console.WriteLine($"etl_nothing_changed_rows_moved={idle.RowsMoved.Values.Sum()}");

        var changed = await ChangeOnePercentAsync(db.ConnectionString);
        Console.WriteLine($"etl_changed_source_rows={changed}");
        var incremental = await LoadAsync(db, store, full: false);
        Console.WriteLine($"etl_incremental_seconds={incremental.Elapsed.TotalSeconds:F2}");
        Console.WriteLine($"etl_incremental_rows_moved={incremental.RowsMoved.Where(t => t.Key.StartsWith("raw_")).Sum(t => t.Value)}");
        Console.WriteLine($"etl_incremental_vs_full={incremental.Elapsed / full.Elapsed:F3}");
        Console.WriteLine($"etl_peak_rss_mib={PeakMemory.ReadMiB():F0}");

        var filter = new FunnelFilter(new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31));
        // On one open connection, as the service runs reports (it holds the live version open).
        using var conn = store.OpenRead();
        FunnelReport.Run(conn, filter, ReportScope.All); // warm the file cache
        var times = new List<double>();
        for (var i = 0; i < 30; i++)
        {
            var clock = Stopwatch.StartNew();
            FunnelReport.Run(conn, filter, ReportScope.All);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine($"funnel_p50_ms={times[times.Count / 2]:F1}");
        Console.WriteLine($"funnel_p95_ms={times[(int)Math.Ceiling(times.Count * 0.95) - 1]:F1}");
    }

    private static Task<EtlResult> LoadAsync(BenchmarkDatabase db, WarehouseStore store, bool full) =>
        WarehouseEtl.RunAsync(db.ConnectionString, store, new EtlOptions { Full = full, Trigger = "benchmark" },
            new Progress<EtlProgress>(p => Console.Error.WriteLine($"etl {p.Step} {p.Name} {p.Rows:N0} {p.Elapsed.TotalSeconds:F1}s")));

    /// <summary>
    /// Every hundredth row of each operational table is written again (its updated_at moves), and of the big ones
    /// a value really changes: activity durations, deal amounts, customer lifecycles (a new customer version each).
    /// </summary>
    private static async Task<long> ChangeOnePercentAsync(string connectionString)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("""
            update activities set duration_seconds = coalesce(duration_seconds, 0) + 1 where id % 100 = 0;
            update deals set amount = amount + 1 where id % 100 = 0;
            update customers set lifecycle = case lifecycle when 'lead' then 'prospect' else 'lead' end,
                                 lifecycle_changed_at = now() where id % 100 = 0;
            do $$
            declare t text;
            begin
                for t in select c.table_name from information_schema.columns c
                         join information_schema.columns u on u.table_name = c.table_name and u.table_schema = 'public' and u.column_name = 'updated_at'
                         where c.table_schema = 'public' and c.column_name = 'id'
                           and c.table_name not in ('activities', 'deals', 'customers', 'schema_version') and c.table_name not like 'etl\_%'
                loop
                    execute format('update %I set updated_at = now() where id %% 100 = 0', t);
                end loop;
            end $$;
            select (select count(*) from activities where id % 100 = 0) + (select count(*) from deals where id % 100 = 0)
                 + (select count(*) from customers where id % 100 = 0) + (select count(*) from deal_stage_history where id % 100 = 0)
                 + (select count(*) from sale_lines where id % 100 = 0) + (select count(*) from loyalty_ledger where id % 100 = 0);
            """, conn);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
