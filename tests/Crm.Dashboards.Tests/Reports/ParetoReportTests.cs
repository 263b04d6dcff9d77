using Crm.Dashboards.Reports;
using Crm.Dashboards.Reports.Sales;
using Crm.Testing;

namespace Crm.Dashboards.Tests.Reports;

/// <summary>The Pareto ranking from the warehouse against pg_pareto.sql.</summary>
public sealed class ParetoReportTests(DemoWarehouse demo) : IClassFixture<DemoWarehouse>
{
    private static readonly DateOnly Today = new(2026, 10, 31);
    private static readonly string[] Keys = ["rank", "customer_id"];
    private static readonly string[] Figures = ["revenue", "cumulative_revenue", "cumulative_share", "customer_share", "is_top_20"];

    private static ReportArguments Args(params (string, string?)[] values) =>
        ReportArguments.For(ParetoReport.Definition, Today, [("from", "2025-01-01"), ("to", "2025-12-31"), ("limit", "1000000"), .. values]);

    [Fact]
    public async Task RankingMatchesPostgresAndFormsAParetoCurve()
    {
        var result = await ReportAssert.MatchesOracleAsync(demo, Args(), ReportScope.All, Keys, Figures);

        var rows = result.Rows.Count;
        Assert.True(rows > 100, $"only {rows} customers bought");
        var top = result.Column("is_top_20").Count(t => (bool)t!);
        Assert.Equal(rows / 5, top);
        Assert.Equal(1.0, Convert.ToDouble(result.Rows[^1][result.Ordinal("cumulative_share")]), 9);
        var revenue = result.Column("revenue").Select(Convert.ToDecimal).ToList();
        Assert.Equal(revenue.OrderDescending(), revenue);
        // the demo's customers are uneven, as real ones are: the top fifth brings far more than a fifth
        var topShare = Convert.ToDouble(result.Rows[top - 1][result.Ordinal("cumulative_share")]);
        Assert.InRange(topShare, 0.4, 0.99);
    }

    [Fact]
    public async Task FiltersMatchPostgres()
    {
        var smb = await ReportAssert.MatchesOracleAsync(demo, Args(("segment", "smb"), ("region", "yerevan")), ReportScope.All, Keys, Figures);
        var other = await ReportAssert.MatchesOracleAsync(demo, Args(("category", "software"), ("source", "import"), ("agent", "9")), ReportScope.All, Keys, Figures);
        Assert.True(smb.Rows.Count > 0);
        Assert.True(other.Rows.Count > 0);
    }

    [Fact]
    public async Task AgentSeesOnlyTheCustomersOfTheirPortfolio()
    {
        var agentId = await AgentPortfolio.BusiestSellerAsync(demo);
        var owned = await AgentPortfolio.RootsAsync(demo, agentId);
        var mine = await ReportAssert.MatchesOracleAsync(demo, Args(), ReportScope.Agent(agentId), Keys, Figures);
        using var conn = demo.Store.OpenRead();
        var all = ReportRunner.Run(conn, Args(), ReportScope.All);

        Assert.True(mine.Rows.Count > 10, $"agent {agentId}: only {mine.Rows.Count} customers");
        Assert.All(mine.Column("customer_id"), id => Assert.Contains(Convert.ToInt64(id), owned));
        Assert.Contains(all.Column("customer_id"), id => !owned.Contains(Convert.ToInt64(id)));
    }

    [Fact]
    public async Task DepartmentScopeMatchesPostgres()
    {
        var result = await ReportAssert.MatchesOracleAsync(demo, Args(), ReportScope.Department(1), Keys, Figures);
        Assert.True(result.Rows.Count > 0);
    }

    [Fact]
    public void EmptyPeriodGivesNoRows()
    {
        using var conn = demo.Store.OpenRead();
        var result = ReportRunner.Run(conn, ReportArguments.For(ParetoReport.Definition, Today, ("from", "1990-01-01"), ("to", "1990-12-31")), ReportScope.All);
        Assert.Empty(result.Rows);
    }
}
