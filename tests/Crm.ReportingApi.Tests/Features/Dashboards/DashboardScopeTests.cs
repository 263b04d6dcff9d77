using System.Net;
using Crm.Testing;
using Npgsql;

namespace Crm.ReportingApi.Tests.Features.Dashboards;

/// <summary>With API keys configured, the dashboards answer each reader for their own scope, as /api/reports does.</summary>
[Collection(AppCollection.Name)]
public sealed class DashboardScopeTests(RunningApp app)
{
    [Fact]
    public async Task AnAgentOpensTheirOwnPageButNotAColleaguesAndLandsOnItFromTheOverview()
    {
        var agent = await app.Demo.BusiestOwnerAsync();
        var colleague = await ColleagueAsync(agent, sameDepartment: true);
        await using var keyed = await KeyedApp.StartAsync(app.Demo, agent, departmentId: 1);

        Assert.Equal(HttpStatusCode.OK, (await keyed.GetAsync(KeyedApp.AgentKey, $"/dashboards/agents/{agent}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await keyed.GetAsync(KeyedApp.AgentKey, $"/dashboards/agents/{agent}.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await keyed.GetAsync(KeyedApp.AgentKey, $"/dashboards/agents/{colleague}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await keyed.GetAsync(KeyedApp.AgentKey, $"/dashboards/agents/{colleague}.pdf")).StatusCode);

        var overview = await keyed.GetAsync(KeyedApp.AgentKey, "/dashboards?lang=en");
        Assert.Equal(HttpStatusCode.Redirect, overview.StatusCode);
        Assert.Equal($"/dashboards/agents/{agent}?lang=en", overview.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AnAgentsFilterSelectsOfferOnlyThemselves()
    {
        var agent = await app.Demo.BusiestOwnerAsync();
        await using var keyed = await KeyedApp.StartAsync(app.Demo, agent, departmentId: 1);
        var html = await (await keyed.GetAsync(KeyedApp.AgentKey, "/dashboards/reports/deals?lang=en")).Content.ReadAsStringAsync();

        var select = html[html.IndexOf("id=\"filter-agent\"", StringComparison.Ordinal)..];
        select = select[..select.IndexOf("</select>", StringComparison.Ordinal)];
        Assert.Equal(2, select.Split("<option").Length - 1); // "All" and the agent
        Assert.Contains($"<option value=\"{agent}\">", select);
    }

    [Fact]
    public async Task ManagementOpensEveryAgentsPageAndADepartmentHeadOnlyTheirDepartments()
    {
        var agent = await app.Demo.BusiestOwnerAsync();
        var department = await DepartmentOfAsync(agent);
        var outsider = await ColleagueAsync(agent, sameDepartment: false);
        await using var keyed = await KeyedApp.StartAsync(app.Demo, agent, department);

        Assert.Equal(HttpStatusCode.OK, (await keyed.GetAsync(KeyedApp.ManagementKey, $"/dashboards/agents/{outsider}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await keyed.GetAsync(KeyedApp.HeadKey, $"/dashboards/agents/{agent}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await keyed.GetAsync(KeyedApp.HeadKey, $"/dashboards/agents/{outsider}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await keyed.GetAsync(KeyedApp.MarketerKey, $"/dashboards/agents/{agent}")).StatusCode);
    }

    [Fact]
    public async Task AMarketerSeesMarketingButNotTheOtherReportsAndNobodyWithoutAKey()
    {
        await using var keyed = await KeyedApp.StartAsync(app.Demo, agentId: 1, departmentId: 1);

        Assert.Equal(HttpStatusCode.OK, (await keyed.GetAsync(KeyedApp.MarketerKey, "/dashboards/marketing")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await keyed.GetAsync(KeyedApp.MarketerKey, "/dashboards/reports/acquisition")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await keyed.GetAsync(KeyedApp.MarketerKey, "/dashboards/reports/sales")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await keyed.GetAsync(KeyedApp.MarketerKey, "/dashboards/overview.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await keyed.GetAsync(null, "/dashboards/reports/funnel")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await keyed.GetAsync(null, "/dashboards")).StatusCode);
    }

    private async Task<long> DepartmentOfAsync(long agent) =>
        (long)(await ScalarAsync("select department_id from agents where id = $1", agent))!;

    private async Task<long> ColleagueAsync(long agent, bool sameDepartment) => (long)(await ScalarAsync($"""
        select b.id from agents a join agents b on b.id <> a.id and (b.department_id = a.department_id) = {(sameDepartment ? "true" : "false")}
        where a.id = $1 and b.deleted_at is null order by b.id limit 1
        """, agent))!;

    private async Task<object?> ScalarAsync(string sql, long agent)
    {
        await using var conn = await app.Demo.OpenSourceAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        cmd.Parameters.AddWithValue(agent);
        return await cmd.ExecuteScalarAsync();
    }
}
