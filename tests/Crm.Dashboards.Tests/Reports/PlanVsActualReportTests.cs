using Crm.Dashboards.Reports;
using Crm.Dashboards.Reports.Plans;
using Crm.Testing;

namespace Crm.Dashboards.Tests.Reports;

/// <summary>Plan versus actual from the warehouse (fct_sales_plan, fct_sale_line) against pg_plan_vs_actual.sql.</summary>
public sealed class PlanVsActualReportTests(DemoWarehouse demo) : IClassFixture<DemoWarehouse>
{
    private static readonly DateOnly Today = new(2026, 10, 31);
    private static readonly string[] Keys = ["month_date", "department_id", "agent_id"];
    private static readonly string[] Figures = ["plan_amount", "actual_amount", "attainment", "gap"];

    private static ReportArguments Args(params (string, string?)[] values) =>
        ReportArguments.For(PlanVsActualReport.Definition, Today, [("from", "2025-01-01"), ("to", "2025-12-31"), .. values]);

    [Theory]
    [InlineData("agent")]
    [InlineData("department")]
    public async Task EveryLevelMatchesThePlansAndSalesOnPostgres(string level)
    {
        var result = await ReportAssert.MatchesOracleAsync(demo, Args(("level", level)), ReportScope.All, Keys, Figures);

        Assert.True(result.Rows.Count >= 12, $"{level}: only {result.Rows.Count} rows");
        Assert.Equal(12, result.Column("month_date").Distinct().Count());
        Assert.True(result.Column("plan_amount").Sum(Convert.ToDecimal) > 1_000_000m);
        Assert.True(result.Column("actual_amount").Sum(Convert.ToDecimal) > 1_000_000m);
        Assert.All(result.Rows, r => Assert.Equal(
            Convert.ToDecimal(r[result.Ordinal("plan_amount")]) - Convert.ToDecimal(r[result.Ordinal("actual_amount")]),
            Convert.ToDecimal(r[result.Ordinal("gap")])));
        if (level == "department") Assert.All(result.Column("agent_id"), Assert.Null);
    }

    [Fact]
    public void DepartmentLevelSumsTheAgentsOfTheDepartment()
    {
        using var conn = demo.Store.OpenRead();
        var agents = ReportRunner.Run(conn, Args(("level", "agent")), ReportScope.All);
        var departments = ReportRunner.Run(conn, Args(("level", "department")), ReportScope.All);
        foreach (var figure in new[] { "plan_amount", "actual_amount" })
            Assert.Equal(agents.Column(figure).Sum(Convert.ToDecimal), departments.Column(figure).Sum(Convert.ToDecimal));
    }

    [Fact]
    public async Task FiltersMatchPostgres()
    {
        var department = await ReportAssert.MatchesOracleAsync(demo, Args(("level", "department"), ("department", "2")), ReportScope.All, Keys, Figures);
        // a period starting mid-month: March's plan is whole, its actual only from the 15th
        var agent = await ReportAssert.MatchesOracleAsync(demo,
            ReportArguments.For(PlanVsActualReport.Definition, Today, ("from", "2025-03-15"), ("to", "2025-12-31"), ("agent", "9")), ReportScope.All, Keys, Figures);
        Assert.All(department.Column("department_id"), d => Assert.Equal(2L, Convert.ToInt64(d)));
        Assert.All(agent.Column("agent_id"), a => Assert.Equal(9L, Convert.ToInt64(a)));
        Assert.Equal(10, agent.Rows.Count);
    }

    [Fact]
    public async Task DepartmentScopeMatchesPostgres()
    {
        var result = await ReportAssert.MatchesOracleAsync(demo, Args(), ReportScope.Department(1), Keys, Figures);
        Assert.All(result.Column("department_id"), d => Assert.Equal(1L, Convert.ToInt64(d)));
        Assert.True(result.Rows.Count > 12);
    }

    [Fact]
    public async Task AgentSeesOnlyTheirOwnPlanAndSales()
    {
        var agentId = await AgentPortfolio.BusiestSellerAsync(demo);
        foreach (var level in new[] { "agent", "department" })
        {
            var mine = await ReportAssert.MatchesOracleAsync(demo, Args(("level", level)), ReportScope.Agent(agentId), Keys, Figures);
            Assert.Equal(12, mine.Rows.Count);
            if (level == "agent") Assert.All(mine.Column("agent_id"), a => Assert.Equal(agentId, Convert.ToInt64(a)));
            Assert.Single(mine.Column("department_id").Distinct());
            Assert.True(mine.Column("actual_amount").Sum(Convert.ToDecimal) > 0);
        }
    }

    [Fact]
    public void EmptyPeriodGivesNoRows()
    {
        using var conn = demo.Store.OpenRead();
        var result = ReportRunner.Run(conn, ReportArguments.For(PlanVsActualReport.Definition, Today, ("from", "1990-01-01"), ("to", "1990-12-31")), ReportScope.All);
        Assert.Empty(result.Rows);
    }
}
