using Crm.Ingest.Dedup;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Crm.ReportingApi.Features.Dedup;

/// <summary>
/// The dedup review list and merges over HTTP. Who decided is taken from the X-Crm-User header (the service
/// has no sign-in yet), "api" otherwise.
/// </summary>
public static class DedupEndpoints
{
    private static readonly string[] Statuses = ["open", "merged", "rejected"];

    public static IEndpointRouteBuilder MapDedup(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/dedup/reviews", ListReviews).WithName("DedupReviews");
        app.MapPost("/api/dedup/reviews/{id:long}/merge", MergeReview).WithName("DedupReviewMerge");
        app.MapPost("/api/dedup/reviews/{id:long}/reject", RejectReview).WithName("DedupReviewReject");
        app.MapPost("/api/dedup/merges/{id:long}/revert", RevertMerge).WithName("DedupMergeRevert");
        app.MapGet("/api/customers/{id:long}/duplicates", Duplicates).WithName("CustomerDuplicates");
        return app;
    }

    private static async Task<Results<Ok<List<DedupReview>>, ProblemHttpResult>> ListReviews(
        NpgsqlDataSource db, CancellationToken ct, string status = "open", int limit = 100)
    {
        if (!Statuses.Contains(status))
            return TypedResults.Problem($"status must be one of {string.Join(", ", Statuses)}", statusCode: StatusCodes.Status400BadRequest);
        if (limit is < 1 or > 10_000)
            return TypedResults.Problem("limit must be between 1 and 10000", statusCode: StatusCodes.Status400BadRequest);
        await using var conn = await db.OpenConnectionAsync(ct);
        return TypedResults.Ok(await DedupReviews.ListAsync(conn, status, limit, ct));
    }

    private static async Task<Results<Ok<DedupActionResponse>, ProblemHttpResult>> MergeReview(
        long id, HttpRequest request, NpgsqlDataSource db, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return Respond(id, "merged", await DedupReviews.MergeAsync(conn, id, DecidedBy(request), ct));
    }

    private static async Task<Results<Ok<DedupActionResponse>, ProblemHttpResult>> RejectReview(
        long id, HttpRequest request, NpgsqlDataSource db, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return Respond(id, "rejected", await DedupReviews.RejectAsync(conn, id, DecidedBy(request), ct));
    }

    private static async Task<Results<Ok<DedupActionResponse>, ProblemHttpResult>> RevertMerge(
        long id, HttpRequest request, NpgsqlDataSource db, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return Respond(id, "reverted", await DedupMerges.RevertAsync(conn, id, DecidedBy(request), ct));
    }

    private static async Task<Results<Ok<List<DedupMerge>>, ProblemHttpResult>> Duplicates(
        long id, NpgsqlDataSource db, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var list = await DedupMerges.DuplicatesOfAsync(conn, id, ct);
        return list is null
            ? TypedResults.Problem($"customer {id} does not exist", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(list);
    }

    private static Results<Ok<DedupActionResponse>, ProblemHttpResult> Respond(long id, string action, DedupActionResult result) =>
        result.Status switch
        {
            DedupActionStatus.Done => TypedResults.Ok(new DedupActionResponse(id, action, result.MergeId)),
            DedupActionStatus.NotFound => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status404NotFound),
            _ => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status409Conflict),
        };

    private static string DecidedBy(HttpRequest request) =>
        request.Headers["X-Crm-User"].FirstOrDefault() is { Length: > 0 and <= 100 } user ? user : "api";
}
