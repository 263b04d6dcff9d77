using Crm.ReportingApi.Infrastructure;
using Crm.Warehouse.Export;
using Crm.Warehouse.Store;
using DuckDB.NET.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.ReportingApi.Features.Warehouse;

/// <summary>The star's tables for other engines: the list with row counts, and any one of them as an Arrow stream.</summary>
public static class WarehouseEndpoints
{
    public static IEndpointRouteBuilder MapWarehouse(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/warehouse/tables", GetTables).WithName("WarehouseTables");
        app.MapGet("/api/warehouse/tables/{name}.arrow", GetTableArrow).WithName("WarehouseTableArrow");
        return app;
    }

    private static Results<Ok<WarehouseTablesResponse>, ProblemHttpResult> GetTables(WarehouseStore store)
    {
        if (LiveWarehouse.TryOpen(store, out var problem) is not { } conn) return problem!;
        using (conn)
        {
            var tables = StarCatalog.Read(conn)
                .Select(t => new WarehouseTable(t.Name, StarCatalog.CountRows(conn, t), t.PartitionColumn,
                    $"/api/warehouse/tables/{Uri.EscapeDataString(t.Name)}.arrow"))
                .ToList();
            return TypedResults.Ok(new WarehouseTablesResponse(WarehouseStore.AsOfUtc(conn), tables));
        }
    }

    private static Results<ArrowStreamResult, ProblemHttpResult> GetTableArrow(string name, WarehouseStore store)
    {
        if (LiveWarehouse.TryOpen(store, out var problem) is not { } conn) return problem!;
        // The name only picks a table the catalog lists; what reaches SQL is the catalog's own name, quoted.
        if (StarCatalog.Find(conn, name) is not { } table)
        {
            conn.Dispose();
            return TypedResults.Problem($"the warehouse has no star table named '{name}'; GET /api/warehouse/tables lists them",
                statusCode: StatusCodes.Status404NotFound, title: "No such table");
        }
        return new ArrowStreamResult(conn, c => SelectAll(c, table), $"{table.Name}.arrow",
            new Dictionary<string, string> { ["crm.table"] = table.Name });
    }

    private static DuckDBCommand SelectAll(DuckDBConnection conn, StarTable table)
    {
        var cmd = conn.CreateCommand();
        cmd.CommandText = $"select * from main.{table.QuotedName}";
        return cmd;
    }
}
