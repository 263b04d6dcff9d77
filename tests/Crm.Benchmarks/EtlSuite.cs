using System.Diagnostics;
using Crm.Dashboards.Reports;
using Crm.Dashboards.Reports.Funnel;
using Crm.Ingest.Demo;
using Crm.Warehouse.Etl;
using Crm.Warehouse.Store;

namespace Crm.Benchmarks;

/// <summary>Demo generation into PostgreSQL, the full ETL into DuckDB, and the funnel query on the result.</summary>
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

        var store = new WarehouseStore(Path.Combine(db.Folder, "crm.duckdb"));
        var loaded = await WarehouseEtl.RunFullAsync(db.ConnectionString, store,
            new Progress<EtlProgress>(p => Console.Error.WriteLine($"etl {p.Step} {p.Name} {p.Rows:N0} {p.Elapsed.TotalSeconds:F1}s")));
        Console.WriteLine($"etl_seconds={loaded.Elapsed.TotalSeconds:F2}");
        Console.WriteLine($"etl_rows_per_s={loaded.TotalRows / loaded.Elapsed.TotalSeconds:F0}");

        var filter = new FunnelFilter(new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31));
        FunnelReport.Run(store, filter, ReportScope.All); // warm the file cache
        var times = new List<double>();
        for (var i = 0; i < 30; i++)
        {
            var clock = Stopwatch.StartNew();
            FunnelReport.Run(store, filter, ReportScope.All);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine($"funnel_p50_ms={times[times.Count / 2]:F1}");
        Console.WriteLine($"funnel_p95_ms={times[(int)Math.Ceiling(times.Count * 0.95) - 1]:F1}");
    }
}
