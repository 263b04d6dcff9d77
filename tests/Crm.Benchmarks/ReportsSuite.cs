using System.Globalization;
using Crm.Dashboards.Reports;
using Crm.Testing;
using Crm.Warehouse.Store;
using Npgsql;

namespace Crm.Benchmarks;

/// <summary>
/// Every report on the warehouse against the same figures asked of PostgreSQL (the report's oracle, on the
/// operational tables and their indexes), then the API's cached throughput under wrk on loopback.
/// `--connection CS --warehouse PATH` runs on an existing store instead of generating one.
/// </summary>
public static class ReportsSuite
{
    public static async Task RunAsync(string scaleName, string? connection, string? warehouse)
    {
        await using var data = await BenchmarkWarehouse.OpenAsync(scaleName, connection, warehouse);
        var connectionString = data.ConnectionString;
        var store = data.Store;
        await using (var pg = new NpgsqlConnection(connectionString))
        {
            await pg.OpenAsync();
            await using var analyze = new NpgsqlCommand("analyze", pg);
            await analyze.ExecuteNonQueryAsync();
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var speedups = new List<double>();
        foreach (var report in ReportCatalog.All)
        {
            var args = ReportArguments.For(report, today);
            var warehouseTimes = await TimeWarehouseAsync(store, args);
            Console.WriteLine($"report_p50_ms_{report.Name}={Format(warehouseTimes.P50)}");
            Console.WriteLine($"report_p95_ms_{report.Name}={Format(warehouseTimes.P95)}");
            if (!ReportOracle.Exists(report.Name))
            {
                Console.Error.WriteLine($"{report.Name}: no PostgreSQL oracle, no speed-up figure");
                continue;
            }
            var postgresTimes = await TimePostgresAsync(connectionString, args);
            var speedup = postgresTimes.P50 / warehouseTimes.P50;
            speedups.Add(speedup);
            Console.WriteLine($"report_pg_p50_ms_{report.Name}={Format(postgresTimes.P50)}");
            Console.WriteLine($"report_speedup_{report.Name}={Format(speedup)}");
        }
        if (speedups.Count > 0)
        {
            Console.WriteLine($"report_speedup_geomean={Format(Math.Exp(speedups.Average(Math.Log)))}");
            Console.WriteLine($"report_speedup_min={Format(speedups.Min())}");
        }
        Console.WriteLine($"api_cached_rps={Format(await ApiLoad.CachedRequestsPerSecondAsync(store, connectionString))}");
    }

    // The query on an open connection, as the service runs it; the file is opened once, like a pooled reader.
    private static Task<Timings> TimeWarehouseAsync(WarehouseStore store, ReportArguments args)
    {
        var conn = store.OpenRead();
        return Timings.MeasureAsync(() =>
        {
            ReportRunner.Run(conn, args, ReportScope.All);
            return Task.CompletedTask;
        }, warmups: 3, runs: 30, TimeSpan.FromSeconds(20)).ContinueWith(t => { conn.Dispose(); return t.Result; });
    }

    private static async Task<Timings> TimePostgresAsync(string connectionString, ReportArguments args)
    {
        await using var pg = new NpgsqlConnection(connectionString);
        await pg.OpenAsync();
        var parameters = new Dictionary<string, object?>(args.Values) { ["scope_agent_id"] = null, ["scope_department_id"] = null };
        return await Timings.MeasureAsync(() => ReportOracle.RunAsync(pg, args.Report.Name, parameters),
            warmups: 1, runs: 10, TimeSpan.FromSeconds(30));
    }

    private static string Format(double value) => value.ToString("F2", CultureInfo.InvariantCulture);
}
