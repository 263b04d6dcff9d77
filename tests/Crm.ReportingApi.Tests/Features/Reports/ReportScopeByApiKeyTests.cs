using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.Dashboards.Reports;
using Crm.ReportingApi.Infrastructure;
using Crm.Testing;
using Npgsql;

namespace Crm.ReportingApi.Tests.Features.Reports;

/// <summary>Once API keys are configured, each key's role and agent or department decide what its reports hold.</summary>
[Collection(AppCollection.Name)]
public sealed class ReportScopeByApiKeyTests(RunningApp app)
{
    private const string ManagementKey = KeyedApp.ManagementKey;
    private const string AgentKey = KeyedApp.AgentKey;
    private const string HeadKey = KeyedApp.HeadKey;
    private const string MarketerKey = KeyedApp.MarketerKey;

    [Fact]
    public async Task AgentSeesOnlyTheDealsOfTheirOwnCustomers()
    {
        var agent = await app.Demo.BusiestOwnerAsync();
        await using var keyed = await KeyedApp.StartAsync(app.Demo, agent, departmentId: 1);

        var mine = await keyed.GetJsonAsync(AgentKey, "/api/reports/forecast?as_of=2026-01-01&months=36");
        var everyone = await keyed.GetJsonAsync(ManagementKey, "/api/reports/forecast?as_of=2026-01-01&months=36");

        Assert.Equal($"agent {agent}", mine.GetProperty("scope").GetString());
        var myDeals = OpenDeals(mine);
        Assert.InRange(myDeals, 1, OpenDeals(everyone) - 1);
        Assert.Equal(await OpenDealsOfPortfolioAsync(agent), myDeals);
    }

    [Fact]
    public async Task WithKeysConfiguredARequestWithoutAKnownKeyIsRefused()
    {
        await using var keyed = await KeyedApp.StartAsync(app.Demo, agentId: 1, departmentId: 1);
        Assert.Equal(HttpStatusCode.Unauthorized, (await keyed.GetAsync(null, "/api/reports/funnel")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await keyed.GetAsync("not-a-key-we-know-of", "/api/reports/funnel")).StatusCode);
    }

    [Fact]
    public async Task AMarketerRunsTheMarketingReportsOnly()
    {
        await using var keyed = await KeyedApp.StartAsync(app.Demo, agentId: 1, departmentId: 1);
        Assert.Equal(HttpStatusCode.OK, (await keyed.GetAsync(MarketerKey, "/api/reports/funnel")).StatusCode);
        var notForMarketers = ReportCatalog.All.First(r => !r.ForMarketers);
        Assert.Equal(HttpStatusCode.Forbidden, (await keyed.GetAsync(MarketerKey, $"/api/reports/{notForMarketers.Name}")).StatusCode);
    }

    [Fact]
    public async Task ADepartmentHeadSeesTheirDepartmentAndTheCacheKeepsScopesApart()
    {
        await using var keyed = await KeyedApp.StartAsync(app.Demo, agentId: 1, departmentId: 1);
        const string url = "/api/reports/funnel?from=2024-01-01&to=2026-10-31";
        var all = await keyed.GetJsonAsync(ManagementKey, url);
        var head = await keyed.GetJsonAsync(HeadKey, url);
        Assert.Equal("department 1", head.GetProperty("scope").GetString());
        Assert.True(Leads(head) < Leads(all), $"department 1 has {Leads(head)} of {Leads(all)} leads");
    }

    private static long OpenDeals(JsonElement report) =>
        report.GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("open_deals").GetInt64());

    private static long Leads(JsonElement report) => report.GetProperty("rows")[0].GetProperty("deals").GetInt64();

    private async Task<long> OpenDealsOfPortfolioAsync(long agent)
    {
        await using var conn = await app.Demo.OpenSourceAsync();
        await using var cmd = new NpgsqlCommand(OracleSql.Roots("$1") + """
            select count(*) from deals d
            where d.deleted_at is null and d.closed_at is null and d.customer_id in (select id from portfolio)
              and greatest(date_trunc('month', coalesce(d.expected_close_date, current_date)), date '2026-01-01') < date '2029-01-01'
            """, conn);
        cmd.Parameters.AddWithValue(agent);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
