namespace Crm.Warehouse.Export;

/// <summary>One table of an export, as the manifest lists it.</summary>
/// <param name="Path">Relative to the export folder: a .parquet file, or a folder of month=YYYY-MM partitions.</param>
/// <param name="PartitionColumn">The date column the months come from; null when the table is one file.</param>
/// <param name="Months">How many month folders a partitioned table has (rows without a date go to
/// month=__HIVE_DEFAULT_PARTITION__, which counts as one).</param>
public sealed record ExportedTable(string Name, string Path, long Rows, string? PartitionColumn, int? Months);
