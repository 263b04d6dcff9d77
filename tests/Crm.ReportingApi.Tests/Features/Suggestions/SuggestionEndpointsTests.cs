using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Crm.ReportingApi.Tests.Features.Suggestions;

/// <summary>An agent's churn-risk list and suggestions hold only the customers the agent owns now; other agents' lists are closed to them.</summary>
[Collection(ScoredAppCollection.Name)]
public sealed class SuggestionEndpointsTests(ScoredApp app)
{
    [Theory]
    [InlineData("churn-risk")]
    [InlineData("suggestions")]
    public async Task AgentSeesOnlyTheirOwnCustomers(string list)
    {
        var response = await app.GetAsync(ScoredApp.AgentKey, $"/api/agents/{app.Agent}/{list}?limit=100000");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().ToList();

        Assert.NotEmpty(items);
        var owned = await OwnedCustomersAsync(app.Agent);
        Assert.All(items, i => Assert.Contains(i.GetProperty("customer_id").GetInt64(), owned));
        Assert.All(items, i => Assert.Equal(app.Agent, i.GetProperty("owner_agent_id").GetInt64()));
        Assert.All(items, i => Assert.False(string.IsNullOrEmpty(i.GetProperty(list == "churn-risk" ? "risk_band" : "reason_hy").GetString())));
        var reason = list == "churn-risk" ? "reason_1" : "reason";
        var said = items.First(i => i.GetProperty($"{reason}_en").ValueKind == JsonValueKind.String);
        Assert.Matches("[\u0531-\u058F]", said.GetProperty($"{reason}_hy").GetString());
        Assert.Matches("[A-Za-z]", said.GetProperty($"{reason}_en").GetString());
        Assert.Matches("[\u0400-\u04FF]", said.GetProperty($"{reason}_ru").GetString());
    }

    [Theory]
    [InlineData("churn-risk")]
    [InlineData("suggestions")]
    public async Task AnotherAgentsListIsForbiddenToAnAgent(string list)
    {
        var other = app.Agent == 1 ? 2 : 1;
        Assert.Equal(HttpStatusCode.Forbidden, (await app.GetAsync(ScoredApp.AgentKey, $"/api/agents/{other}/{list}")).StatusCode);
    }

    [Fact]
    public async Task ManagementReadsAnyAgentsListAndTheCompanysIsLonger()
    {
        var theirs = await app.GetAsync(ScoredApp.ManagementKey, $"/api/agents/{app.Agent}/churn-risk?limit=100000");
        Assert.Equal(HttpStatusCode.OK, theirs.StatusCode);
        var agentItems = (await theirs.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").GetArrayLength();
        var company = await app.GetAsync(ScoredApp.ManagementKey, "/api/reports/churn_risk?limit=100000");
        var companyItems = (await company.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows").GetArrayLength();
        Assert.InRange(agentItems, 1, companyItems - 1);
        Assert.Equal(HttpStatusCode.NotFound, (await app.GetAsync(ScoredApp.ManagementKey, "/api/agents/987654/churn-risk")).StatusCode);
    }

    private async Task<HashSet<long>> OwnedCustomersAsync(long agent)
    {
        await using var conn = await app.Demo.OpenSourceAsync();
        await using var cmd = new NpgsqlCommand(
            "select id from customers where owner_agent_id = $1 and merged_into_id is null and deleted_at is null", conn);
        cmd.Parameters.AddWithValue(agent);
        var ids = new HashSet<long>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) ids.Add(reader.GetInt64(0));
        return ids;
    }
}
