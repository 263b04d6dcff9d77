namespace Crm.ReportingApi.Features.Warehouse;

public sealed record WarehouseTablesResponse(DateTimeOffset? WarehouseAsOf, IReadOnlyList<WarehouseTable> Tables);
