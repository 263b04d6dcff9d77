namespace Crm.Warehouse.Etl;

public sealed record EtlResult(
    string WarehousePath,
    DateTime SourceSnapshotUtc,
    IReadOnlyDictionary<string, long> RowsPerTable,
    TimeSpan Elapsed)
{
    public long TotalRows => RowsPerTable.Values.Sum();
}
