using Crm.Dashboards.Reports;
using Crm.Dashboards.Reports.Salary;
using Crm.Testing;
using Npgsql;

namespace Crm.Dashboards.Tests.Reports;

/// <summary>The salary report from the warehouse against the payroll, deals and sales counted on PostgreSQL.</summary>
public sealed class SalaryReportTests(DemoWarehouse demo) : IClassFixture<DemoWarehouse>
{
    private static readonly DateOnly Today = new(2026, 10, 31);
    private static readonly string[] Keys = ["period_date", "agent_id"];
    private static readonly string[] Figures =
    [
        "department_id", "base_amount", "commission_amount", "total_amount", "won_deals", "won_amount", "sales_revenue",
        "commission_share_of_revenue", "recomputed_commission",
    ];

    private static ReportArguments Args(params (string, string?)[] values) =>
        ReportArguments.For(SalaryReport.Definition, Today, [("from", "2025-01-01"), ("to", "2025-12-31"), .. values]);

    [Fact]
    public async Task PayMatchesThePayrollCountedOnPostgres()
    {
        var result = await ReportAssert.MatchesOracleAsync(demo, Args(), ReportScope.All, Keys, Figures);

        Assert.True(result.Rows.Count > 100, $"about 20 agents over 12 months, got {result.Rows.Count}");
        Assert.Equal(12, result.Column("period_date").Distinct().Count());
        Assert.True(Sum(result, "commission_amount") > 0);
        Assert.True(Sum(result, "won_amount") > 0 && Sum(result, "sales_revenue") > 0);
    }

    [Fact]
    public void TheCommissionPaidIsTheWonDealsTimesTheAgentsRate()
    {
        using var conn = demo.Store.OpenRead();
        var everything = ReportArguments.For(SalaryReport.Definition, Today, ("from", "2021-01-01"), ("to", "2026-10-31"));
        var result = ReportRunner.Run(conn, everything, ReportScope.All);

        Assert.True(result.Rows.Count > 500);
        Assert.Equal(result.Column("commission_amount").Select(Convert.ToDecimal), result.Column("recomputed_commission").Select(Convert.ToDecimal));
    }

    [Fact]
    public async Task FiltersMatchPostgres()
    {
        var byDepartment = await ReportAssert.MatchesOracleAsync(demo, Args(("department", "3")), ReportScope.All, Keys, Figures);
        Assert.All(byDepartment.Column("department_id"), d => Assert.Equal(3L, Convert.ToInt64(d)));
        Assert.NotEmpty(byDepartment.Rows);

        var agent = await BusiestCloser();
        var byAgent = await ReportAssert.MatchesOracleAsync(demo, Args(("agent", agent.ToString())), ReportScope.Department(1), Keys, Figures);
        Assert.Equal(12, byAgent.Rows.Count);
    }

    [Fact]
    public async Task AnAgentsPayMatchesPostgres()
    {
        var agent = await BusiestCloser();
        var result = await ReportAssert.MatchesOracleAsync(demo, Args(), ReportScope.Agent(agent), Keys, Figures);
        Assert.Equal(12, result.Rows.Count);
        Assert.True(Sum(result, "won_amount") > 0);
    }

    [Fact]
    public async Task AnAgentNeverSeesAnotherAgentsPay()
    {
        var agent = await BusiestCloser();
        using var conn = demo.Store.OpenRead();
        var mine = ReportRunner.Run(conn, Args(), ReportScope.Agent(agent));

        Assert.NotEmpty(mine.Rows);
        Assert.All(mine.Column("agent_id"), id => Assert.Equal(agent, Convert.ToInt64(id)));
        var colleague = await Scalar<long>("select id from agents where id <> $1 order by id limit 1", agent);
        Assert.Empty(ReportRunner.Run(conn, Args(("agent", colleague.ToString())), ReportScope.Agent(agent)).Rows);
    }

    [Fact]
    public void AnEmptyPeriodGivesNoRows()
    {
        using var conn = demo.Store.OpenRead();
        var args = ReportArguments.For(SalaryReport.Definition, Today, ("from", "1990-01-01"), ("to", "1990-12-31"));
        Assert.Empty(ReportRunner.Run(conn, args, ReportScope.All).Rows);
    }

    private static double Sum(ReportResult result, string column) => result.Column(column).Sum(Convert.ToDouble);

    private Task<long> BusiestCloser() => Scalar<long>("""
        select owner_agent_id from deals where stage = 'won' and deleted_at is null
        group by owner_agent_id order by count(*) desc, owner_agent_id limit 1
        """);

    private async Task<T> Scalar<T>(string sql, params object[] args)
    {
        await using var pg = await demo.OpenSourceAsync();
        await using var cmd = new NpgsqlCommand(sql, pg);
        foreach (var arg in args) cmd.Parameters.AddWithValue(arg);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }
}
