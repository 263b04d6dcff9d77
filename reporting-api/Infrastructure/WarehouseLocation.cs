using Crm.Warehouse.Store;

namespace Crm.ReportingApi.Infrastructure;

public static class WarehouseLocation
{
    public static WarehouseStore From(IConfiguration config) =>
        new(config["Warehouse:Path"] ?? Path.Combine("data", "warehouse", "crm.duckdb"));
}
