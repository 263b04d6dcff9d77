using Crm.Ingest.Handover;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Crm.ReportingApi.Features.Agents;

public static class AgentEndpoints
{
    public static IEndpointRouteBuilder MapAgents(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/agents/{id:long}/leave", Leave).WithName("AgentLeaves");
        return app;
    }

    /// <summary>Marks the agent as left and hands their portfolio over; a refusal changes nothing.</summary>
    private static async Task<Results<Ok<HandoverResult>, ProblemHttpResult>> Leave(
        long id, LeaveRequest? request, NpgsqlDataSource db, HttpContext http, CancellationToken ct)
    {
        var at = request?.Date is { } date ? HandoverCalendar.StartOf(date) : (DateTimeOffset?)null;
        var createdBy = http.User.Identity?.Name is { Length: > 0 } user ? user : "api";
        try
        {
            return TypedResults.Ok(await PortfolioHandover.HandOverAsync(db, new HandoverRequest(id, request?.To, at, createdBy), ct));
        }
        catch (HandoverRefusedException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusOf(e.Reason), title: "Handover refused",
                extensions: new Dictionary<string, object?> { ["reason"] = e.Reason.ToString() });
        }
    }

    private static int StatusOf(HandoverRefusal reason) => reason switch
    {
        HandoverRefusal.UnknownAgent => StatusCodes.Status404NotFound,
        HandoverRefusal.UnknownTarget or HandoverRefusal.TargetIsLeaver or HandoverRefusal.EffectiveInFuture => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status409Conflict,
    };
}
