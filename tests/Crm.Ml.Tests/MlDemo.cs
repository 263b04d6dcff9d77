using Crm.Ml.Enrichment;
using Crm.Testing;
using Crm.Warehouse.Etl;
using Crm.Warehouse.Store;

namespace Crm.Ml.Tests;

/// <summary>
/// The S demo (seed 7) and its plain warehouse, shared by every test of this project; plus a second warehouse
/// loaded with the ML enrichment, whose models live in a folder of their own.
/// </summary>
public sealed class MlDemo : IAsyncLifetime
{
    public DemoWarehouse Demo { get; } = new();
    public WarehouseStore Enriched { get; private set; } = null!;
    public string ModelsFolder { get; private set; } = null!;
    public MlEnrichment Enrichment { get; private set; } = null!;
    public EtlResult EnrichedLoad { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Demo.InitializeAsync();
        Enriched = Demo.NewStore("enriched");
        ModelsFolder = Path.Combine(Path.GetDirectoryName(Enriched.LivePath)!, "models");
        Enrichment = new MlEnrichment(new MlOptions(ModelsFolder));
        EnrichedLoad = await WarehouseEtl.RunAsync(Demo.ConnectionString, Enriched,
            new EtlOptions { Full = true, Trigger = "test", Enrichments = [Enrichment] });
    }

    public Task DisposeAsync() => Demo.DisposeAsync();
}
