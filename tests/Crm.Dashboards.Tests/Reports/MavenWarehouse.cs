using Crm.Testing;
using Crm.Warehouse.Etl;
using Crm.Warehouse.Store;

namespace Crm.Dashboards.Tests.Reports;

/// <summary>The real Maven CRM data set imported by its mappings' runbook and loaded into a warehouse by the ETL.</summary>
public sealed class MavenWarehouse : IAsyncLifetime
{
    private string? _folder;

    public MavenStore Source { get; } = new();
    public WarehouseStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Source.InitializeAsync();
        _folder = Directory.CreateTempSubdirectory("crm-maven-").FullName;
        Store = new WarehouseStore(Path.Combine(_folder, "crm.duckdb"));
        await WarehouseEtl.RunFullAsync(Source.ConnectionString, Store);
    }

    public async Task DisposeAsync()
    {
        await Source.DisposeAsync();
        if (_folder is not null) Directory.Delete(_folder, recursive: true);
    }
}
