using Crm.Ml.Enrichment;
using Crm.Warehouse.Etl;
using Crm.Warehouse.Store;

namespace Crm.ReportingApi.Infrastructure;

/// <summary>
/// The models a load runs: `Ml:Enabled` (default true) and `Ml:ModelsPath` (default: a models folder beside the
/// warehouse file). Every load the service or `crm etl` makes passes them, so the nightly load retrains and scores.
/// </summary>
public static class MlSettings
{
    public static IReadOnlyList<IWarehouseEnrichment> Enrichments(IConfiguration config, WarehouseStore store)
    {
        if (!bool.TryParse(config["Ml:Enabled"] ?? "true", out var enabled))
            throw new InvalidSettingException("Ml:Enabled", $"must be true or false, got '{config["Ml:Enabled"]}'");
        if (!enabled) return [];
        return [new MlEnrichment(new MlOptions(ModelsFolder(config, store)))];
    }

    /// <summary>Where the models live: `Ml:ModelsPath`, or a models folder beside the warehouse file.</summary>
    public static string ModelsFolder(IConfiguration config, WarehouseStore store) =>
        config["Ml:ModelsPath"] is { Length: > 0 } path ? path : Path.Combine(Path.GetDirectoryName(store.LivePath)!, "models");
}
