using Crm.Testing;
using Crm.Warehouse.Store;

namespace Crm.ReportingApi.Tests.Etl;

/// <summary>
/// A demo store of its own (S, seed 7) that the crash test changes between loads, and an empty folder for the
/// warehouse the `crm etl` child processes load. The child runs in the folder above, so the warehouse folder
/// holds only what the ETL leaves there.
/// </summary>
public sealed class EtlCrashStore : DemoStore
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("crm-crash-").FullName;
    public string WarehouseFolder => Path.Combine(Folder, "warehouse");
    public string WarehousePath => Path.Combine(WarehouseFolder, "crm.duckdb");
    public WarehouseStore Warehouse => new(WarehousePath);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Directory.CreateDirectory(WarehouseFolder);
    }

    public CrmEtlProcess StartEtl(bool full) =>
        CrmEtlProcess.Start(Folder, ["etl", "--connection", ConnectionString, "--warehouse", WarehousePath, .. full ? ["--full"] : Array.Empty<string>()]);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
