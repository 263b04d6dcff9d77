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
        var folder = config["Ml:ModelsPath"] is { Length: > 0 } path ? path : Path.Combine(Path.GetDirectoryName(store.LivePath)!, "models");
        return [new MlEnrichment(new MlOptions(folder))];
    }
}
