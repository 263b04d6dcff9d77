using System.Globalization;
using Crm.Dashboards.Composition;
using Crm.Dashboards.Reports;
using Crm.ReportingApi.Features.Reports;
using Crm.ReportingApi.Infrastructure;
using DuckDB.NET.Data;

namespace Crm.ReportingApi.Features.Dashboards;

/// <summary>
/// GET /dashboards/agents/{id} (and .pdf): an agent's own page in the agent's scope. An agent may open only their
/// own (403 for a colleague's), a department head those of their department, management every agent's.
/// </summary>
public static class AgentPages
{
    public static IResult Get(string id, HttpContext http, ApiKeyPrincipals principals, RequestWarehouse warehouse, ReportCache cache,
        TimeProvider clock)
    {
        var pdf = id.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);
        if (pdf) id = id[..^4];
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var agentId) || agentId <= 0)
            return PageResults.Problem(StatusCodes.Status404NotFound, "No such agent", $"'{id}' is not an agent id");
        if (PageRequest.From(http, principals, clock) is not { } request) return PageResults.Unauthorized();
        var reader = request.Scope;
        if (reader.Role == ReportRole.Marketer || (reader.AgentId is { } own && own != agentId))
            return PageResults.Problem(StatusCodes.Status403Forbidden, "Not your page", $"agent {agentId}'s page is open to that agent and their managers only");

        var name = "";
        return ComposedPage.Render(http, request, warehouse, cache, pdf, (context, _) => AgentDashboard.Build(context, agentId, name),
            ReportScope.Agent(agentId), conn =>
            {
                if (Agent(conn, agentId) is not { } agent)
                    return PageResults.Problem(StatusCodes.Status404NotFound, "No such agent", $"there is no agent {agentId}");
                if (reader.DepartmentId is { } mine && mine != agent.Department)
                    return PageResults.Problem(StatusCodes.Status403Forbidden, "Not your department", $"agent {agentId} is not of department {mine}");
                name = agent.Name;
                return null;
            });
    }

    private static (string Name, long Department)? Agent(DuckDBConnection conn, long id)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = "select agent_name, department_id from dim_agent where agent_id = $id and agent_id <> -1";
        cmd.Parameters.Add(new DuckDBParameter("id", id));
        using var reader = cmd.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture)) : null;
    }
}
