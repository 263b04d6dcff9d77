using Crm.Testing;
using Crm.Warehouse.Etl;
using Crm.Warehouse.Store;

namespace Crm.Warehouse.Tests.Models;

/// <summary>
/// The S demo in a store of one test class's own, with a warehouse file beside it, for tests that change the
/// store (merges, new owners, lifecycle changes) and load again to see what the star makes of it.
/// </summary>
public sealed class ChangingDemoWarehouse : DemoStore
{
    private readonly string _folder = Directory.CreateTempSubdirectory("crm-star-").FullName;

    public WarehouseStore Store => new(Path.Combine(_folder, "crm.duckdb"));

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await LoadAsync();
    }

    public Task<EtlResult> LoadAsync() => WarehouseEtl.RunAsync(ConnectionString, Store, EtlOptions.Default);

    public T Star<T>(string sql, params object[] args) => StarQuery.Scalar<T>(Store, sql, args);

    public List<object?[]> StarRows(string sql, params object[] args) => StarQuery.Rows(Store, sql, args);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
