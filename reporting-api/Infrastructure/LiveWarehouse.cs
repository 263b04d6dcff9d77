using Crm.Warehouse.Store;
using DuckDB.NET.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.ReportingApi.Infrastructure;

/// <summary>Opening the live warehouse for an endpoint: before the first load the answer is a 503 problem.</summary>
public static class LiveWarehouse
{
    public static DuckDBConnection? TryOpen(WarehouseStore store, out ProblemHttpResult? problem)
    {
        problem = null;
        try
        {
            return store.OpenRead();
        }
        catch (WarehouseNotReadyException e)
        {
            problem = TypedResults.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Warehouse not loaded yet");
            return null;
        }
    }
}
