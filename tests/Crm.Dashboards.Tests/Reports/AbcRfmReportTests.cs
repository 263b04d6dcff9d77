using Crm.Dashboards.Reports;
using Crm.Dashboards.Reports.Segmentation;
using Crm.Testing;

namespace Crm.Dashboards.Tests.Reports;

/// <summary>The ABC/RFM segmentation from the warehouse against pg_abc_rfm.sql: classes and segments are keys, so they must agree too.</summary>
public sealed class AbcRfmReportTests(DemoWarehouse demo) : IClassFixture<DemoWarehouse>
{
    private static readonly DateOnly Today = new(2026, 10, 31);
    private static readonly string[] Keys = ["customer_id", "abc_class", "rfm_segment", "last_purchase_date"];
    private static readonly string[] Figures = ["monetary", "cumulative_share", "recency_days", "frequency", "r_score", "f_score", "m_score"];

    private static ReportArguments Args(params (string, string?)[] values) =>
        ReportArguments.For(AbcRfmReport.Definition, Today, [("from", "2025-01-01"), ("to", "2025-12-31"), ("limit", "1000000"), .. values]);

    [Fact]
    public async Task SegmentsMatchPostgresAndUseEveryClass()
    {
        var result = await ReportAssert.MatchesOracleAsync(demo, Args(), ReportScope.All, Keys, Figures);

        Assert.True(result.Rows.Count > 100, $"only {result.Rows.Count} customers bought");
        Assert.Equal(["A", "B", "C"], result.Column("abc_class").Cast<string>().Distinct().Order());
        var segments = result.Column("rfm_segment").Cast<string>().ToHashSet();
        Assert.Superset(new HashSet<string> { "champions", "loyal", "at_risk", "lost" }, segments);
        Assert.All(result.Column("r_score"), s => Assert.InRange(Convert.ToInt32(s), 1, 5));
        Assert.All(result.Column("recency_days"), d => Assert.InRange(Convert.ToInt32(d), 0, 364));
        // A customers are few and bring most of the revenue
        var a = result.Rows.Where(r => (string)r[result.Ordinal("abc_class")]! == "A").ToList();
        Assert.InRange(a.Count, 1, result.Rows.Count / 2);
    }

    [Fact]
    public async Task FiltersMatchPostgres()
    {
        var narrow = await ReportAssert.MatchesOracleAsync(demo, Args(("region", "yerevan"), ("category", "computers")), ReportScope.All, Keys, Figures);
        var corporate = await ReportAssert.MatchesOracleAsync(demo, Args(("segment", "corporate"), ("department", "1")), ReportScope.All, Keys, Figures);
        Assert.True(narrow.Rows.Count > 0);
        Assert.True(corporate.Rows.Count > 0);
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
    public void EmptyPeriodGivesNoRows()
    {
        using var conn = demo.Store.OpenRead();
        var result = ReportRunner.Run(conn, ReportArguments.For(AbcRfmReport.Definition, Today, ("from", "1990-01-01"), ("to", "1990-12-31")), ReportScope.All);
        Assert.Empty(result.Rows);
    }
}
