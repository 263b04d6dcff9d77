using System.Globalization;
using Crm.Ingest.Handover;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Crm.ReportingApi.Features.Customers;

public static class CustomerEndpoints
{
    public static IEndpointRouteBuilder MapCustomers(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/customers/{id:long}/owner", OwnerAt).WithName("CustomerOwnerAt");
        app.MapGet("/api/customers/{id:long}/ownership", Ownership).WithName("CustomerOwnership");
        return app;
    }

    /// <summary>Who owned the customer at a moment: ?at=2025-03-01 (the start of that Yerevan day) or an ISO time; now by default.</summary>
    private static async Task<Results<Ok<OwnerResponse>, ProblemHttpResult>> OwnerAt(
        long id, string? at, NpgsqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        DateTimeOffset moment;
        if (string.IsNullOrWhiteSpace(at)) moment = clock.GetUtcNow();
        else if (DateOnly.TryParseExact(at, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            moment = HandoverCalendar.StartOf(day);
        else if (!DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out moment))
            return TypedResults.Problem($"'at' wants a date (YYYY-MM-DD) or an ISO 8601 time, not '{at}'", statusCode: StatusCodes.Status400BadRequest);

        var owner = await OwnershipHistory.OwnerAtAsync(db, id, moment, ct);
        if (owner is null)
            return TypedResults.Problem($"customer {id} does not exist or had no owner at {moment:u}", statusCode: StatusCodes.Status404NotFound);
        return TypedResults.Ok(new OwnerResponse(id, moment.ToUniversalTime(), owner.AgentId, owner.AgentName, owner.ValidFrom, owner.ValidTo));
    }

    private static async Task<Results<Ok<IReadOnlyList<OwnershipPeriod>>, ProblemHttpResult>> Ownership(
        long id, NpgsqlDataSource db, CancellationToken ct)
    {
        var history = await OwnershipHistory.HistoryAsync(db, id, ct);
        return history is null
            ? TypedResults.Problem($"customer {id} does not exist", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(history);
    }
}
