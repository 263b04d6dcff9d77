using Crm.Dashboards.Reports;
using Crm.Dashboards.Reports.Deals;
using Crm.Dashboards.Reports.Funnel;
using Crm.Testing;

namespace Crm.Dashboards.Tests.Reports;

/// <summary>The deals list from the warehouse against pg_deals.sql on the operational tables, and against the funnel it drills down from.</summary>
[Collection(ListReportsCollection.Name)]
public sealed class DealsReportTests(DemoWarehouse demo)
{
    private static readonly DateOnly Today = new(2026, 10, 31);
    // The text and dates are matched as part of each row's key; the figures are compared as numbers.
    private static readonly string[] Keys =
    [
        "deal_id", "opened_date", "expected_close_date", "closed_date", "status", "stage_code", "customer_name", "owner_name",
        "partner_name", "region_key",
    ];
    private static readonly string[] Figures = ["amount", "customer_id", "owner_agent_id", "partner_id", "department_id"];

    // The demo's last year and every row unless told otherwise: its history runs from November 2023 to October 2026,
    // and only the last months' deals are still open.
    private static ReportArguments Args(params (string Name, string? Value)[] values)
    {
        var all = new Dictionary<string, string?> { ["from"] = "2025-11-01", ["to"] = "2026-10-31", ["limit"] = "1000000" };
        foreach (var (name, value) in values) all[name] = value;
        return ReportArguments.For(DealsReport.Definition, Today, [.. all.Select(a => (a.Key, a.Value))]);
    }

    [Fact]
    public async Task DealsOfTheYearMatchTheOracle()
    {
        var result = await ReportAssert.MatchesOracleAsync(demo, Args(), ReportScope.All, Keys, Figures);

        Assert.True(result.Rows.Count > 1000, $"the demo opens thousands of deals a year, got {result.Rows.Count}");
        Assert.Equal(["lost", "open", "won"], result.Column("status").Cast<string>().Distinct().Order());
        var amounts = result.Column("amount").Select(Convert.ToDecimal).ToList();
        Assert.Equal(amounts.OrderDescending(), amounts);
    }

    [Theory]
    [InlineData("stage", "negotiation")]
    [InlineData("reached", "proposal")]
    [InlineData("status", "won")]
    [InlineData("partner", "3")]
    [InlineData("department", "2")]
    [InlineData("agent", "9")]
    [InlineData("region", "yerevan")]
    [InlineData("source", "website")]
    public async Task EachFilterMatchesTheOracle(string filter, string value)
    {
        var result = await ReportAssert.MatchesOracleAsync(demo, Args((filter, value)), ReportScope.All, Keys, Figures);
        Assert.NotEmpty(result.Rows);
    }

    [Fact]
    public async Task AnAgentsDealsMatchTheirPortfolioOnPostgres()
    {
        var agent = await demo.BusiestOwnerAsync();
        var result = await ReportAssert.MatchesOracleAsync(demo, Args(), ReportScope.Agent(agent), Keys, Figures);
        var roots = await AgentPortfolio.RootsAsync(demo, agent);

        Assert.NotEmpty(result.Rows);
        Assert.All(result.Column("customer_id"), id => Assert.Contains(Convert.ToInt64(id), roots));
    }

    [Fact]
    public void EachFunnelStageDrillsDownToAsManyDealsAsItCounts()
    {
        using var conn = demo.Store.OpenRead();
        var funnel = ReportRunner.Run(conn, ReportArguments.For(FunnelReport.Definition, Today, ("from", "2025-11-01"), ("to", "2026-10-31"),
            ("region", "yerevan")), ReportScope.All);

        foreach (var row in funnel.Rows)
        {
            var stage = (string)row[funnel.Ordinal("stage_code")]!;
            var deals = ReportRunner.Run(conn, Args(("reached", stage), ("region", "yerevan")), ReportScope.All);
            Assert.Equal(Convert.ToInt64(row[funnel.Ordinal("deals")]), deals.Rows.Count);
            Assert.Equal(Convert.ToDecimal(row[funnel.Ordinal("amount")]), deals.Column("amount").Sum(Convert.ToDecimal));
        }
    }

    [Fact]
    public void ALimitKeepsTheLargestDeals()
    {
        using var conn = demo.Store.OpenRead();
        var all = ReportRunner.Run(conn, Args(), ReportScope.All).Column("deal_id").ToList();
        var page = ReportRunner.Run(conn, Args(("limit", "7")), ReportScope.All).Column("deal_id").ToList();
        Assert.Equal(all.Take(7), page);
    }
}
