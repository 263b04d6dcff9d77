using Crm.Dashboards.Reports;
using Crm.Dashboards.Reports.Plans;
using Crm.Testing;
using Crm.Warehouse.Etl;
using Npgsql;

namespace Crm.Dashboards.Tests.Reports;

/// <summary>
/// Plan versus actual when departments have targets of their own, which the demo does not set: this class changes
/// its store (its own fixture), loads the warehouse again and holds the report against the oracle.
/// </summary>
public sealed class PlanVsActualDepartmentTargetsTests(DemoWarehouse demo) : IClassFixture<DemoWarehouse>
{
    private static readonly DateOnly Today = new(2026, 10, 31);
    private static readonly string[] Keys = ["month_date", "department_id", "agent_id"];
    private static readonly string[] Figures = ["plan_amount", "actual_amount", "attainment", "gap"];

    [Fact]
    public async Task ADepartmentsOwnTargetReplacesTheSumOfItsAgentsTargets()
    {
        await using (var pg = await demo.OpenSourceAsync())
        {
            await using var cmd = new NpgsqlCommand("""
                insert into sales_plans (department_id, period_month, target_amount)
                values (1, date '2025-03-01', 123450000), (3, date '2025-04-01', 0);
                -- a withdrawn target counts for nothing
                update sales_plans set deleted_at = now()
                where agent_id = (select min(agent_id) from sales_plans where period_month = date '2025-05-01')
                  and period_month = date '2025-05-01';
                """, pg);
            await cmd.ExecuteNonQueryAsync();
        }
        await WarehouseEtl.RunAsync(demo.ConnectionString, demo.Store, EtlOptions.Default);

        var args = ReportArguments.For(PlanVsActualReport.Definition, Today, ("from", "2025-01-01"), ("to", "2025-12-31"), ("level", "department"));
        var departments = await ReportAssert.MatchesOracleAsync(demo, args, ReportScope.All, Keys, Figures);
        await ReportAssert.MatchesOracleAsync(demo, args, ReportScope.Department(1), Keys, Figures);
        var agents = await ReportAssert.MatchesOracleAsync(demo,
            ReportArguments.For(PlanVsActualReport.Definition, Today, ("from", "2025-01-01"), ("to", "2025-12-31")), ReportScope.All, Keys, Figures);

        Assert.Equal(123450000m, Plan(departments, "2025-03-01", 1));
        Assert.Equal(0m, Plan(departments, "2025-04-01", 3));
        Assert.Null(departments.Rows.Single(r => Month(r, departments) == "2025-04-01" && Department(r, departments) == 3)[departments.Ordinal("attainment")]);
        Assert.NotEqual(123450000m, agents.Rows.Where(r => Month(r, agents) == "2025-03-01" && Department(r, agents) == 1)
            .Sum(r => Convert.ToDecimal(r[agents.Ordinal("plan_amount")])));
    }

    private static decimal Plan(ReportResult result, string month, long department) => Convert.ToDecimal(
        result.Rows.Single(r => Month(r, result) == month && Department(r, result) == department)[result.Ordinal("plan_amount")]);

    private static string Month(object?[] row, ReportResult result) =>
        ((DateOnly)row[result.Ordinal("month_date")]!).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static long Department(object?[] row, ReportResult result) => Convert.ToInt64(row[result.Ordinal("department_id")]);
}
