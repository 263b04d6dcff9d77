using System.Diagnostics;
using DuckDB.NET.Data;

namespace Crm.Warehouse.Etl;

/// <summary>Runs a load's enrichments in order after its models are built, each one a step of the load's progress.</summary>
internal static class EnrichmentSteps
{
    public static void Run(IReadOnlyList<IWarehouseEnrichment> enrichments, DuckDBConnection duck, DateTime snapshotUtc,
        string kind, Dictionary<string, long> rowsTotal, IProgress<EtlProgress>? progress, CancellationToken ct)
    {
        foreach (var enrichment in enrichments)
        {
            ct.ThrowIfCancellationRequested();
            var clock = Stopwatch.StartNew();
            var written = enrichment.Enrich(new WarehouseEnrichmentContext(duck, snapshotUtc, kind, progress, ct));
            foreach (var (table, rows) in written) rowsTotal[table] = rows;
            progress?.Report(new EtlProgress("enrich", enrichment.Name, written.Values.Sum(), clock.Elapsed));
        }
    }
}
