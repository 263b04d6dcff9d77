using Crm.Dashboards.Reports;
using Crm.Dashboards.Reports.Sales;
using Crm.Testing;
using Npgsql;

namespace Crm.Dashboards.Tests.Reports;

/// <summary>The sales analysis from the warehouse against the same figures computed on PostgreSQL (pg_sales.sql).</summary>
public sealed class SalesReportTests(DemoWarehouse demo) : IClassFixture<DemoWarehouse>
{
    private static readonly DateOnly Today = new(2026, 10, 31);
    private static readonly string[] Keys = ["group_key"];
    private static readonly string[] Figures =
        ["quantity", "revenue", "discount", "discount_share", "margin", "margin_share", "previous_revenue", "revenue_change"];

    private static ReportArguments Args(params (string, string?)[] values) =>
        ReportArguments.For(SalesReport.Definition, Today, [("from", "2025-01-01"), ("to", "2025-12-31"), .. values]);

    [Theory]
    [InlineData("category")]
    [InlineData("product")]
    [InlineData("agent")]
    [InlineData("region")]
    public async Task EveryGroupingMatchesTheSaleLinesOnPostgres(string groupBy)
    {
        var result = await ReportAssert.MatchesOracleAsync(demo, Args(("group_by", groupBy)), ReportScope.All, Keys, Figures);

        Assert.True(result.Rows.Count > 3, $"{groupBy}: only {result.Rows.Count} groups");
        Assert.True(result.Column("revenue").Sum(Convert.ToDecimal) > 1_000_000m);
        Assert.True(result.Column("previous_revenue").Sum(Convert.ToDecimal) > 1_000_000m, "the previous period should have sales too");
        Assert.All(result.Column("group_name"), n => Assert.False(string.IsNullOrEmpty((string?)n)));
    }

    [Fact]
    public async Task FiltersNarrowTheLinesTheSameWayOnBothSides()
    {
        var all = await ReportAssert.MatchesOracleAsync(demo, Args(("group_by", "region")), ReportScope.All, Keys, Figures);
        // the segment is the customer's at the time of the sale, which the oracle reads from the attribute history
        var vip = await ReportAssert.MatchesOracleAsync(demo, Args(("group_by", "region"), ("segment", "vip")), ReportScope.All, Keys, Figures);
        var narrow = await ReportAssert.MatchesOracleAsync(demo,
            Args(("group_by", "product"), ("category", "computers"), ("region", "yerevan"), ("source", "import")), ReportScope.All, Keys, Figures);
        await ReportAssert.MatchesOracleAsync(demo, Args(("group_by", "agent"), ("department", "1"), ("campaign", "16")), ReportScope.All, Keys, Figures);

        var total = all.Column("revenue").Sum(Convert.ToDecimal);
        Assert.InRange(vip.Column("revenue").Sum(Convert.ToDecimal), 1m, total - 1);
        Assert.True(narrow.Rows.Count > 0);
        Assert.InRange(narrow.Column("revenue").Sum(Convert.ToDecimal), 1m, total - 1);
    }

    [Fact]
    public async Task DepartmentScopeMatchesPostgres()
    {
        var result = await ReportAssert.MatchesOracleAsync(demo, Args(("group_by", "agent")), ReportScope.Department(2), Keys, Figures);
        Assert.True(result.Rows.Count > 0);
    }

    [Fact]
    public async Task AgentScopeCountsOnlyTheSalesToThatAgentsCustomers()
    {
        var agentId = await AgentPortfolio.BusiestSellerAsync(demo);
        var scope = ReportScope.Agent(agentId);
        var mine = await ReportAssert.MatchesOracleAsync(demo, Args(("group_by", "category")), scope, Keys, Figures);
        var all = await ReportAssert.MatchesOracleAsync(demo, Args(("group_by", "category")), ReportScope.All, Keys, Figures);

        var revenue = mine.Column("revenue").Sum(Convert.ToDecimal);
        Assert.Equal(await PortfolioRevenueOnPostgres(agentId), revenue);
        Assert.InRange(revenue, 1m, all.Column("revenue").Sum(Convert.ToDecimal) - 1);
    }

    [Fact]
    public void EmptyPeriodGivesNoRows()
    {
        using var conn = demo.Store.OpenRead();
        var result = ReportRunner.Run(conn, ReportArguments.For(SalesReport.Definition, Today, ("from", "1990-01-01"), ("to", "1990-12-31")), ReportScope.All);
        Assert.Empty(result.Rows);
    }

    // Another way to the same total: every line of a customer the agent owns now, whoever sold it.
    private async Task<decimal> PortfolioRevenueOnPostgres(long agentId)
    {
        var owned = await AgentPortfolio.RootsAsync(demo, agentId);
        await using var conn = await demo.OpenSourceAsync();
        await using var cmd = new NpgsqlCommand(OracleSql.Roots() + """
            select coalesce(sum(round(l.quantity * l.unit_price - l.discount_amount, 2)), 0)
            from sale_lines l
            join activities a on a.id = l.sale_activity_id and a.deleted_at is null
            join roots r on r.id = a.customer_id
            where r.root_id = any(@owned)
              and (a.occurred_at at time zone 'UTC')::date between '2025-01-01' and '2025-12-31'
            """, conn);
        cmd.Parameters.AddWithValue("owned", owned.ToArray());
        return (decimal)(await cmd.ExecuteScalarAsync())!;
    }
}
