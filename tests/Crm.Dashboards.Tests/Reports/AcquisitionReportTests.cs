using Crm.Dashboards.Reports;
using Crm.Dashboards.Reports.Marketing;
using Crm.Testing;
using Npgsql;

namespace Crm.Dashboards.Tests.Reports;

/// <summary>Acquisition sources and campaign ROI from the warehouse against pg_acquisition.sql on the operational tables.</summary>
public sealed class AcquisitionReportTests(DemoWarehouse demo) : IClassFixture<DemoWarehouse>
{
    private static readonly DateOnly Today = new(2026, 10, 31);
    private static readonly string[] Keys = ["source_code", "campaign_id"];
    private static readonly string[] Figures =
        ["leads", "converted", "conversion", "won_revenue", "cost", "roi", "cost_per_acquired_customer"];

    // 2025 unless told otherwise: the demo's history runs from November 2023 to October 2026.
    private static ReportArguments Args(params (string Name, string? Value)[] values)
    {
        var all = new Dictionary<string, string?> { ["from"] = "2025-01-01", ["to"] = "2025-12-31" };
        foreach (var (name, value) in values) all[name] = value;
        return ReportArguments.For(AcquisitionReport.Definition, Today, [.. all.Select(a => (a.Key, a.Value))]);
    }

    [Fact]
    public async Task BySourceMatchesTheOracle()
    {
        var result = await ReportAssert.MatchesOracleAsync(demo, Args(), ReportScope.All, Keys, Figures);

        Assert.True(result.Rows.Count >= 5, $"the demo acquires customers through several sources, got {result.Rows.Count}");
        Assert.All(result.Column("campaign_id"), Assert.Null);
        Assert.True(Sum(result, "leads") > 100);
        Assert.True(Sum(result, "converted") > 0);
        Assert.True(Sum(result, "won_revenue") > 0);
        Assert.True(Sum(result, "cost") > 0);
        Assert.Contains(result.Column("roi"), r => r is not null);
    }

    [Fact]
    public async Task ByCampaignMatchesTheOracle()
    {
        var result = await ReportAssert.MatchesOracleAsync(demo, Args(("from", "2024-01-01"), ("group_by", "campaign")), ReportScope.All, Keys, Figures);

        Assert.True(result.Rows.Count >= 5, $"the demo runs campaigns every year, got {result.Rows.Count}");
        Assert.Contains(result.Column("campaign_id"), id => Convert.ToInt64(id) == -1);
        Assert.Contains(result.Column("campaign_id"), id => Convert.ToInt64(id) > 0);
        Assert.True(Sum(result, "cost") > 0);
    }

    [Fact]
    public async Task FilteredByDepartmentAndSourceMatchesTheOracle()
    {
        var byDepartment = await ReportAssert.MatchesOracleAsync(demo, Args(("department", "1"), ("group_by", "campaign")), ReportScope.All, Keys, Figures);
        var bySource = await ReportAssert.MatchesOracleAsync(demo, Args(("source", "exhibition")), ReportScope.All, Keys, Figures);

        Assert.True(Sum(byDepartment, "leads") > 0);
        Assert.Equal(new[] { "exhibition" }, bySource.Column("source_code").Cast<string>());
        Assert.True(Sum(bySource, "cost") > 0);
    }

    [Fact]
    public async Task DepartmentScopeMatchesTheOracle()
    {
        var result = await ReportAssert.MatchesOracleAsync(demo, Args(), ReportScope.Department(1), Keys, Figures);
        Assert.True(Sum(result, "leads") > 0);
    }

    [Fact]
    public async Task AgentScopeMatchesTheOracleAndShowsNoCampaignMoney()
    {
        var agent = await BusiestAgent();
        var result = await ReportAssert.MatchesOracleAsync(demo, Args(("from", "2024-01-01")), ReportScope.Agent(agent), Keys, Figures);

        Assert.True(Sum(result, "leads") > 0, $"agent {agent} should have acquired customers in 2024-2025");
        Assert.Equal(0m, Sum(result, "cost"));
        Assert.All(result.Column("roi"), Assert.Null);
    }

    [Fact]
    public async Task AnAgentsLeadsAreExactlyTheNewCustomersOfTheirPortfolio()
    {
        var agent = await BusiestAgent();
        var args = Args(("from", "2024-01-01"));
        ReportResult mine, all;
        using (var conn = demo.Store.OpenRead())
        {
            mine = ReportRunner.Run(conn, args, ReportScope.Agent(agent));
            all = ReportRunner.Run(conn, args, ReportScope.All);
        }

        var expected = await PortfolioLeadsBySource(agent, new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31));
        var actual = mine.Rows.ToDictionary(r => (string)r[mine.Ordinal("source_code")]!, r => Convert.ToInt64(r[mine.Ordinal("leads")]));
        Assert.Equal(expected.OrderBy(e => e.Key), actual.OrderBy(a => a.Key));
        Assert.True(Sum(mine, "leads") < Sum(all, "leads"), "other agents' customers must not be in the agent's report");
    }

    [Fact]
    public void SourcesCostTheSumOfTheirCampaigns()
    {
        using var conn = demo.Store.OpenRead();
        var bySource = ReportRunner.Run(conn, Args(), ReportScope.All);
        var byCampaign = ReportRunner.Run(conn, Args(("group_by", "campaign")), ReportScope.All);

        Assert.Equal(Sum(byCampaign, "cost"), Sum(bySource, "cost"));
        Assert.Equal(Sum(byCampaign, "leads"), Sum(bySource, "leads"));
        Assert.Equal(Sum(byCampaign, "won_revenue"), Sum(bySource, "won_revenue"));
        foreach (var source in bySource.Rows)
        {
            var code = (string)source[bySource.Ordinal("source_code")]!;
            var campaigns = byCampaign.Rows.Where(r => (string)r[byCampaign.Ordinal("source_code")]! == code)
                .Sum(r => Convert.ToDecimal(r[byCampaign.Ordinal("cost")]));
            Assert.Equal(campaigns, Convert.ToDecimal(source[bySource.Ordinal("cost")]));
        }
    }

    [Fact]
    public void AnEmptyPeriodGivesNoRows()
    {
        using var conn = demo.Store.OpenRead();
        var result = ReportRunner.Run(conn, Args(("from", "1990-01-01"), ("to", "1990-12-31")), ReportScope.All);
        Assert.Empty(result.Rows);
    }

    private static decimal Sum(ReportResult result, string column) =>
        result.Column(column).Where(v => v is not null).Sum(Convert.ToDecimal);

    private async Task<Dictionary<string, long>> PortfolioLeadsBySource(long agent, DateOnly from, DateOnly to)
    {
        await using var conn = await demo.OpenSourceAsync();
        await using var cmd = new NpgsqlCommand("""
            select source_code, count(*) from customers
            where merged_into_id is null and deleted_at is null and owner_agent_id = $1
              and (created_at at time zone 'UTC')::date between $2 and $3
            group by source_code
            """, conn);
        cmd.Parameters.AddWithValue(agent);
        cmd.Parameters.AddWithValue(from);
        cmd.Parameters.AddWithValue(to);
        var counts = new Dictionary<string, long>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) counts[reader.GetString(0)] = reader.GetInt64(1);
        return counts;
    }

    private async Task<long> BusiestAgent()
    {
        await using var conn = await demo.OpenSourceAsync();
        await using var cmd = new NpgsqlCommand("""
            select owner_agent_id from customers
            where merged_into_id is null and owner_agent_id is not null and created_at >= '2024-01-01'
            group by owner_agent_id order by count(*) desc, owner_agent_id limit 1
            """, conn);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
