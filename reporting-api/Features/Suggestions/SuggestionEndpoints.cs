using Crm.Dashboards.Reports;
using Crm.Dashboards.Reports.Predictions;
using Crm.ReportingApi.Infrastructure;
using Crm.Warehouse.Store;
using DuckDB.NET.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.ReportingApi.Features.Suggestions;

/// <summary>
/// An agent's own lists from the nightly models: GET /api/agents/{id}/churn-risk and /api/agents/{id}/suggestions,
/// over the customers the agent owns now. An agent may ask only for themself; a department head for an agent's
/// customers in their department; management for anyone. The query string takes the report's filters (limit, kind...).
/// </summary>
public static class SuggestionEndpoints
{
    public static IEndpointRouteBuilder MapSuggestions(this IEndpointRouteBuilder app)
    {
        var agents = app.MapGroup("/api/agents/{id:long}").WithTags("Agents");
        agents.MapGet("/churn-risk", (long id, HttpContext http, ApiKeyPrincipals principals, RequestWarehouse warehouse, TimeProvider clock) =>
                ListAsync(ChurnRiskReport.Definition, id, http, principals, warehouse, clock))
            .WithName("AgentChurnRisk").WithSummary("The agent's customers likeliest to leave, with reasons");
        agents.MapGet("/suggestions", (long id, HttpContext http, ApiKeyPrincipals principals, RequestWarehouse warehouse, TimeProvider clock) =>
                ListAsync(SuggestionsReport.Definition, id, http, principals, warehouse, clock))
            .WithName("AgentSuggestions").WithSummary("Cross-sell and upsell suggestions for the agent's customers, with reasons");
        return app;
    }

    private static Task<Results<Ok<AgentList>, ProblemHttpResult>> ListAsync(ReportDefinition report, long id, HttpContext http,
        ApiKeyPrincipals principals, RequestWarehouse warehouse, TimeProvider clock) => Task.Run(() => List(report, id, http, principals, warehouse, clock));

    private static Results<Ok<AgentList>, ProblemHttpResult> List(ReportDefinition report, long id, HttpContext http,
        ApiKeyPrincipals principals, RequestWarehouse warehouse, TimeProvider clock)
    {
        if (principals.ScopeOf(http.Request) is not { } caller)
            return Problem(StatusCodes.Status401Unauthorized, "API key required", $"send a known key in the {ApiKeyPrincipals.Header} header");
        if (ScopeFor(caller, id) is not { } scope)
            return Problem(StatusCodes.Status403Forbidden, "Not your list", $"the {caller.Role} role may not read agent {id}'s customers");

        var query = http.Request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
        var args = ReportArguments.Parse(report, query, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), out var errors);
        if (errors.Count > 0) return Problem(StatusCodes.Status400BadRequest, "Invalid filter", string.Join("; ", errors));
        try
        {
            using var conn = warehouse.OpenRead();
            if (!AgentExists(conn, id)) return Problem(StatusCodes.Status404NotFound, "No such agent", $"the warehouse knows no agent {id}");
            var result = ReportRunner.Run(conn, args, scope);
            var items = result.Rows.Select(row => (IReadOnlyDictionary<string, object?>)result.Columns
                .Select((c, i) => (c.Name, Value: row[i])).ToDictionary(x => x.Name, x => x.Value)).ToList();
            return TypedResults.Ok(new AgentList(id, report.Name, warehouse.AsOfUtc, items));
        }
        catch (WarehouseNotReadyException e)
        {
            return Problem(StatusCodes.Status503ServiceUnavailable, "Warehouse not loaded yet", e.Message);
        }
    }

    /// <summary>The portfolio the caller may see of agent <paramref name="id"/>, or null when none.</summary>
    private static ReportScope? ScopeFor(ReportScope caller, long id) => caller.Role switch
    {
        ReportRole.Management => ReportScope.Agent(id),
        ReportRole.Agent when caller.AgentId == id => ReportScope.Agent(id),
        // both filters apply in the report: the agent's customers, in the head's department
        ReportRole.DepartmentHead => new ReportScope(ReportRole.DepartmentHead, caller.DepartmentId, id, $"agent {id} in department {caller.DepartmentId}"),
        _ => null,
    };

    private static bool AgentExists(DuckDBConnection conn, long id)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = "select count(*) from dim_agent where agent_id = $id and agent_id <> -1";
        cmd.Parameters.Add(new DuckDBParameter("id", id));
        return Convert.ToInt64(cmd.ExecuteScalar()) > 0;
    }

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title);
}
