using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Crm.ReportingApi.Tests.Features.Agents;

public sealed class AgentLeaveEndpointsTests(HandoverApp app) : IClassFixture<HandoverApp>
{
    [Fact]
    public async Task LeavingHandsThePortfolioOverAndTheOwnerOnADateFollows()
    {
        var customer = await app.ScalarAsync<long>("select min(id) from customers where owner_agent_id = $1", app.LeaverId);
        using var response = await app.Client.PostAsJsonAsync($"/api/agents/{app.LeaverId}/leave", new { to = app.ReceiverId, date = "2026-11-10" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("named", summary.GetProperty("strategy").GetString());
        Assert.Equal("2026-11-10", summary.GetProperty("leaveDate").GetString());
        Assert.True(summary.GetProperty("customers").GetInt32() > 10);
        var receiver = summary.GetProperty("receivers").EnumerateArray().Single();
        Assert.Equal(app.ReceiverId, receiver.GetProperty("agentId").GetInt64());
        Assert.Equal(summary.GetProperty("customers").GetInt32(), receiver.GetProperty("customers").GetInt32());

        var before = await app.Client.GetFromJsonAsync<JsonElement>($"/api/customers/{customer}/owner?at=2026-11-09");
        var after = await app.Client.GetFromJsonAsync<JsonElement>($"/api/customers/{customer}/owner?at=2026-11-10");
        Assert.Equal(app.LeaverId, before.GetProperty("agentId").GetInt64());
        Assert.Equal(app.ReceiverId, after.GetProperty("agentId").GetInt64());
        Assert.Equal(after.GetProperty("validFrom").GetDateTimeOffset(), before.GetProperty("validTo").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2026, 11, 9, 20, 0, 0, TimeSpan.Zero), after.GetProperty("validFrom").GetDateTimeOffset());

        var history = await app.Client.GetFromJsonAsync<JsonElement>($"/api/customers/{customer}/ownership");
        var last = history.EnumerateArray().TakeLast(2).Select(p => (p.GetProperty("agentId").GetInt64(), p.GetProperty("reason").GetString())).ToList();
        Assert.Equal([(app.LeaverId, last[0].Item2), (app.ReceiverId, "handover")], last);
    }

    [Fact]
    public async Task UnknownAgentIsNotFound()
    {
        using var response = await app.Client.PostAsJsonAsync("/api/agents/999999/leave", new { to = (long?)null });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task RefusedLeaveIsAConflictAndChangesNothing()
    {
        var onLeave = await app.ScalarAsync<long>("select min(id) from agents where status = 'on_leave'");
        using var response = await app.Client.PostAsJsonAsync($"/api/agents/{app.BystanderId}/leave", new { to = onLeave });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("TargetNotActive", problem.GetProperty("reason").GetString());
        Assert.Contains("on leave", problem.GetProperty("detail").GetString());
        Assert.Equal("active", await app.ScalarAsync<string>("select status from agents where id = $1", app.BystanderId));

        using var self = await app.Client.PostAsJsonAsync($"/api/agents/{app.BystanderId}/leave", new { to = app.BystanderId });
        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
    }

    [Fact]
    public async Task OwnerOfAnUnknownCustomerOrBeforeTheyExistedIsNotFound()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync("/api/customers/999999999/owner")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync("/api/customers/999999999/ownership")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync("/api/customers/1/owner?at=2000-01-01")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Client.GetAsync("/api/customers/1/owner?at=yesterday")).StatusCode);
    }
}
