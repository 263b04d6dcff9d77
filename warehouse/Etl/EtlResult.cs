namespace Crm.Warehouse.Etl;

public sealed record EtlResult(
    string WarehousePath,
    DateTime SourceSnapshotUtc,
    IReadOnlyDictionary<string, long> RowsPerTable,
    TimeSpan Elapsed)
{
    public long TotalRows => RowsPerTable.Values.Sum();
    public long RunId { get; init; }

    /// <summary>"full" or "incremental".</summary>
    public string Kind { get; init; } = "full";

    /// <summary>Rows taken from the source per raw table, and rows replaced per incremental model.</summary>
    public IReadOnlyDictionary<string, long> RowsMoved { get; init; } = new Dictionary<string, long>();

    public IReadOnlyList<EtlCheck> Checks { get; init; } = [];
}
