using Crm.Ingest.Demo;
using Crm.Warehouse.Etl;
using Crm.Warehouse.Store;

namespace Crm.Benchmarks;

/// <summary>
/// The store and warehouse a suite reads: an existing one (`--connection CS --warehouse FILE`, e.g. a scale-M store
/// kept between runs), or a fresh cluster filled with demo data and loaded, removed afterwards.
/// </summary>
public sealed class BenchmarkWarehouse : IAsyncDisposable
{
    private readonly BenchmarkDatabase? _database;

    private BenchmarkWarehouse(string connectionString, WarehouseStore store, BenchmarkDatabase? database)
    {
        ConnectionString = connectionString;
        Store = store;
        _database = database;
    }

    public string ConnectionString { get; }
    public WarehouseStore Store { get; }

    public static async Task<BenchmarkWarehouse> OpenAsync(string scaleName, string? connection, string? warehouse)
    {
        if (connection is not null)
            return new BenchmarkWarehouse(connection, new WarehouseStore(warehouse ?? throw new ArgumentException("--connection needs --warehouse")), null);
        var db = await BenchmarkDatabase.StartAsync();
        var store = new WarehouseStore(warehouse ?? Path.Combine(db.Folder, "warehouse", "crm.duckdb"));
        var generated = await db.GenerateAsync(DemoScale.Parse(scaleName));
        Console.WriteLine($"gen_rows={generated.TotalRows}");
        await WarehouseEtl.RunFullAsync(db.ConnectionString, store);
        return new BenchmarkWarehouse(db.ConnectionString, store, db);
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null) await _database.DisposeAsync();
    }
}
