namespace Crm.ReportingApi.Features.Warehouse;

/// <summary>One table of the star, and where to fetch it whole as an Arrow stream.</summary>
/// <param name="PartitionColumn">The date column a Parquet export splits this fact by month on; null otherwise.</param>
public sealed record WarehouseTable(string Name, long Rows, string? PartitionColumn, string Arrow);
