using Crm.ReportingApi.Jobs;
using Crm.Warehouse.Etl;
using Crm.Warehouse.Store;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Crm.ReportingApi.Features.Etl;

/// <summary>
/// Warehouse loads by hand and their journal, for administrators: mapped on the /api/admin group, which the
/// sign-in issue (9) puts an administrator policy on. Who asked is taken from the X-Crm-User header until then.
/// </summary>
public static class EtlEndpoints
{
    public const string StatusPath = "/api/admin/etl/status";

    /// <param name="admin">The /api/admin route group.</param>
    public static IEndpointRouteBuilder MapEtl(this IEndpointRouteBuilder admin)
    {
        admin.MapPost("/etl", Trigger).WithName("EtlTrigger");
        admin.MapGet("/etl/status", Status).WithName("EtlStatus");
        admin.MapGet("/etl/runs", Runs).WithName("EtlRuns");
        return admin;
    }

    /// <summary>Starts a load and answers at once: 202 pointing at the status, or 409 while a load runs.</summary>
    private static Results<Accepted<WarehouseLoad>, ProblemHttpResult> Trigger(
        EtlTriggerRequest? request, HttpRequest http, WarehouseLoads loads)
    {
        var options = new EtlOptions { Full = request?.Full ?? false, Trigger = $"api:{RequestedBy(http)}" };
        var load = loads.TryStart(options);
        if (load is not null) return TypedResults.Accepted(StatusPath, load);

        var running = loads.Current;
        var detail = running is null
            ? "another warehouse load is running; try again when it ends"
            : $"the load asked by {running.Trigger} at {running.StartedAt:u} is still running; try again when it ends";
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "A warehouse load is already running",
            extensions: new Dictionary<string, object?> { ["status"] = StatusPath });
    }

    private static async Task<Ok<EtlStatusResponse>> Status(
        WarehouseLoads loads, WarehouseStore store, NpgsqlDataSource db, CancellationToken ct)
    {
        var current = loads.Current;
        await using var conn = await db.OpenConnectionAsync(ct);
        var lastRun = (await EtlRunJournal.RecentAsync(conn, 1, ct)).FirstOrDefault();
        return TypedResults.Ok(new EtlStatusResponse(current is not null, current, store.AsOfUtc(), loads.Last, lastRun));
    }

    private static async Task<Results<Ok<List<EtlRun>>, ProblemHttpResult>> Runs(
        NpgsqlDataSource db, CancellationToken ct, int limit = 20)
    {
        if (limit is < 1 or > 1000)
            return TypedResults.Problem("limit must be between 1 and 1000", statusCode: StatusCodes.Status400BadRequest);
        await using var conn = await db.OpenConnectionAsync(ct);
        return TypedResults.Ok(await EtlRunJournal.RecentAsync(conn, limit, ct));
    }

    private static string RequestedBy(HttpRequest request) =>
        request.Headers["X-Crm-User"].FirstOrDefault() is { Length: > 0 and <= 100 } user ? user : "anonymous";
}
