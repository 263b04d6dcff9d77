using Crm.Dashboards.Reports;
using Crm.Warehouse.Store;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.ReportingApi.Infrastructure;

/// <summary>
/// Any report as an Arrow stream: its own parameterised query (the one its JSON runs) on the live warehouse, the
/// rows written as DuckDB yields them. A report endpoint validates its filters, then hands over its query.
/// </summary>
public static class ReportArrow
{
    public static Results<ArrowStreamResult, ProblemHttpResult> Stream(WarehouseStore store, ReportQuery query,
        IReadOnlyDictionary<string, string> metadata)
    {
        if (LiveWarehouse.TryOpen(store, out var problem) is not { } conn) return problem!;
        var described = new Dictionary<string, string>(metadata) { ["crm.report"] = query.Report };
        return new ArrowStreamResult(conn, query.CreateCommand, $"{query.Report}.arrow", described);
    }
}
