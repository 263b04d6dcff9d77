using Crm.Ingest.Demo;
using Crm.Warehouse.Etl;
using Crm.Warehouse.Store;
using Npgsql;
using Xunit;

namespace Crm.Testing;

/// <summary>
/// A real PostgreSQL filled with scale-S demo data and loaded into a real DuckDB warehouse file by the
/// product's own ETL. Shared by a test class; tests that change the store get a fixture of their own.
/// </summary>
public sealed class DemoWarehouse : IAsyncLifetime
{
    private readonly ThrowawayPostgres _postgres = new();
    private string? _folder;

    public string ConnectionString => _postgres.ConnectionString;
    public WarehouseStore Store { get; private set; } = null!;
    public DemoResult Generated { get; private set; } = null!;
    public EtlResult Loaded { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        Generated = await DemoGenerator.GenerateAsync(ConnectionString, new DemoOptions(DemoScale.S, Seed: 7)
        {
            CitiesCsvPath = SharedData.Path("geo", "armenia-cities.csv"),
        });
        _folder = Directory.CreateTempSubdirectory("crm-warehouse-").FullName;
        Store = new WarehouseStore(Path.Combine(_folder, "crm.duckdb"));
        Loaded = await WarehouseEtl.RunFullAsync(ConnectionString, Store);
    }

    public Task<NpgsqlConnection> OpenSourceAsync() => _postgres.OpenAsync();

    /// <summary>The agent who owns the most live root customers now: a portfolio big enough to test scopes on.</summary>
    public async Task<long> BusiestOwnerAsync()
    {
        await using var conn = await OpenSourceAsync();
        await using var cmd = new NpgsqlCommand("""
            select owner_agent_id from customers
            where merged_into_id is null and deleted_at is null and owner_agent_id is not null
            group by owner_agent_id order by count(*) desc, owner_agent_id limit 1
            """, conn);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    /// <summary>A warehouse file of the test's own in the fixture's folder.</summary>
    public WarehouseStore NewStore(string name) => new(Path.Combine(_folder!, name + ".duckdb"));

    public async Task DisposeAsync()
    {
        await _postgres.DisposeAsync();
        if (_folder is not null) Directory.Delete(_folder, recursive: true);
    }
}
