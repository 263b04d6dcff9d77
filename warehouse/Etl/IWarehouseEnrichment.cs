namespace Crm.Warehouse.Etl;

/// <summary>
/// Work a load does on the finished star before it is checked and goes live: models that score customers, say,
/// writing tables of their own from the star they read. It runs on the load's own connection and, for an
/// incremental load, inside its transaction, so what it writes goes live together with the data it was computed
/// from, or not at all. An exception fails the load and the previous version stays live; an enrichment that can
/// carry on without its newest result (a model that could not be retrained) handles that itself.
/// </summary>
public interface IWarehouseEnrichment
{
    /// <summary>Named in the load's progress lines.</summary>
    string Name { get; }

    /// <returns>Rows written per table, recorded with the version's table counts.</returns>
    IReadOnlyDictionary<string, long> Enrich(WarehouseEnrichmentContext context);
}
