using Crm.Dashboards.Reports;
using Crm.Dashboards.Reports.Expenses;
using Crm.Testing;
using Npgsql;

namespace Crm.Dashboards.Tests.Reports;

/// <summary>The expense analysis from the warehouse against the expenses and sales counted on PostgreSQL.</summary>
public sealed class ExpensesReportTests(DemoWarehouse demo) : IClassFixture<DemoWarehouse>
{
    private static readonly DateOnly Today = new(2026, 10, 31);
    private static readonly string[] Keys = ["group_key"];
    private static readonly string[] Figures = ["amount", "expenses", "share_of_total", "revenue", "expense_to_revenue"];

    private static ReportArguments Args(params (string, string?)[] values) =>
        ReportArguments.For(ExpensesReport.Definition, Today, [("from", "2025-01-01"), ("to", "2025-12-31"), .. values]);

    [Theory]
    [InlineData("category")]
    [InlineData("campaign")]
    [InlineData("department")]
    [InlineData("month")]
    public async Task EveryGroupingMatchesTheExpensesCountedOnPostgres(string groupBy)
    {
        var result = await ReportAssert.MatchesOracleAsync(demo, Args(("group_by", groupBy)), ReportScope.All, Keys, Figures);

        Assert.True(result.Rows.Count >= 4, $"{groupBy}: {result.Rows.Count} rows");
        Assert.True(Sum(result, "amount") > 1_000_000);
        Assert.True(Sum(result, "revenue") > 0);
        Assert.Equal(1.0, Sum(result, "share_of_total"), 9);
    }

    [Fact]
    public void CategoriesAreSetAgainstTheTotalRevenue()
    {
        using var conn = demo.Store.OpenRead();
        var byCategory = ReportRunner.Run(conn, Args(), ReportScope.All);
        var byMonth = ReportRunner.Run(conn, Args(("group_by", "month")), ReportScope.All);

        Assert.Single(byCategory.Column("revenue").Distinct());
        Assert.Equal(Sum(byMonth, "revenue"), Convert.ToDouble(byCategory.Column("revenue").First()), 2);
        Assert.Equal(Sum(byMonth, "amount"), Sum(byCategory, "amount"), 2);
    }

    [Fact]
    public async Task FiltersMatchPostgres()
    {
        var byRegion = await ReportAssert.MatchesOracleAsync(demo, Args(("group_by", "month"), ("region", "shirak")), ReportScope.All, Keys, Figures);
        Assert.True(Sum(byRegion, "amount") > 0 && Sum(byRegion, "revenue") > 0);

        var campaign = await BusiestCampaign();
        var byCampaign = await ReportAssert.MatchesOracleAsync(demo, Args(("campaign", campaign.ToString())), ReportScope.All, Keys, Figures);
        Assert.True(Sum(byCampaign, "amount") > 0);

        await ReportAssert.MatchesOracleAsync(demo, Args(("group_by", "campaign"), ("department", "1"), ("agent", "1")), ReportScope.All, Keys, Figures);
    }

    [Fact]
    public async Task ADepartmentHeadSeesTheirDepartmentsExpenses()
    {
        var result = await ReportAssert.MatchesOracleAsync(demo, Args(("group_by", "department")), ReportScope.Department(3), Keys, Figures);
        Assert.Equal("3", Assert.Single(result.Column("group_key")));
    }

    [Fact]
    public async Task AnAgentsExpensesMatchPostgres()
    {
        var agent = await BusiestSpender();
        var result = await ReportAssert.MatchesOracleAsync(demo, Args(), ReportScope.Agent(agent), Keys, Figures);
        Assert.True(Sum(result, "amount") > 0);
        Assert.True(Sum(result, "revenue") > 0, "the agent's portfolio has sales in the period");
    }

    [Fact]
    public async Task AnAgentNeverSeesAnotherAgentsExpenses()
    {
        var agent = await BusiestSpender();
        using var conn = demo.Store.OpenRead();
        var mine = ReportRunner.Run(conn, Args(), ReportScope.Agent(agent));
        var all = ReportRunner.Run(conn, Args(), ReportScope.All);

        Assert.Equal(await SpentBy(agent), (decimal)Sum(mine, "amount"));
        Assert.True(Sum(mine, "amount") < Sum(all, "amount"));
        var other = await BusiestSpender(except: agent);
        Assert.Empty(ReportRunner.Run(conn, Args(("agent", other.ToString())), ReportScope.Agent(agent)).Rows);
    }

    [Fact]
    public void AnEmptyPeriodGivesNoRows()
    {
        using var conn = demo.Store.OpenRead();
        var args = ReportArguments.For(ExpensesReport.Definition, Today, ("from", "1990-01-01"), ("to", "1990-12-31"));
        Assert.Empty(ReportRunner.Run(conn, args, ReportScope.All).Rows);
    }

    private static double Sum(ReportResult result, string column) => result.Column(column).Sum(Convert.ToDouble);

    private Task<long> BusiestSpender(long except = 0) => Scalar<long>("""
        select a.agent_id from expenses x join activities a on a.id = x.activity_id
        where a.deleted_at is null and a.agent_id <> $1
        group by a.agent_id order by count(*) desc, a.agent_id limit 1
        """, except);

    private Task<long> BusiestCampaign() => Scalar<long>("""
        select x.campaign_id from expenses x join activities a on a.id = x.activity_id
        where x.campaign_id is not null and a.occurred_at >= '2025-01-01Z' and a.occurred_at < '2026-01-01Z'
        group by x.campaign_id order by sum(a.amount) desc, x.campaign_id limit 1
        """);

    private Task<decimal> SpentBy(long agent) => Scalar<decimal>("""
        select coalesce(sum(a.amount), 0) from expenses x join activities a on a.id = x.activity_id
        where a.deleted_at is null and a.agent_id = $1 and a.occurred_at >= '2025-01-01Z' and a.occurred_at < '2026-01-01Z'
        """, agent);

    private async Task<T> Scalar<T>(string sql, params object[] args)
    {
        await using var pg = await demo.OpenSourceAsync();
        await using var cmd = new NpgsqlCommand(sql, pg);
        foreach (var arg in args) cmd.Parameters.AddWithValue(arg);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }
}
