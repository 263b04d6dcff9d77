using DuckDB.NET.Data;

namespace Crm.Warehouse.Etl;

/// <param name="Connection">The version being built: its star is complete; write with ordinary SQL.</param>
/// <param name="SourceSnapshotUtc">The moment of the source the version shows: "now" for whatever is computed.</param>
/// <param name="LoadKind">"full" or "incremental".</param>
public sealed record WarehouseEnrichmentContext(
    DuckDBConnection Connection,
    DateTime SourceSnapshotUtc,
    string LoadKind,
    IProgress<EtlProgress>? Progress,
    CancellationToken CancellationToken);
