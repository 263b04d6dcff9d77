using Crm.Dashboards.Reports;
using Crm.Dashboards.Reports.Funnel;
using Crm.Testing;

namespace Crm.Dashboards.Tests.Reports;

/// <summary>The weighted forecast and the funnel's velocity against the same figures computed on PostgreSQL.</summary>
public sealed class ForecastReportTests(DemoWarehouse demo) : IClassFixture<DemoWarehouse>
{
    private static readonly DateOnly Today = new(2026, 10, 31);
    private static readonly string[] ForecastFigures = ["open_deals", "overdue_deals", "pipeline_amount", "weighted_amount"];

    [Fact]
    public async Task ForecastMatchesWinRatesAndOpenDealsCountedOnPostgres()
    {
        var args = ReportArguments.For(ForecastReport.Definition, Today, ("as_of", "2026-06-01"), ("months", "24"));
        var result = await ReportAssert.MatchesOracleAsync(demo, args, ReportScope.All, ["month_start"], ForecastFigures);

        Assert.NotEmpty(result.Rows);
        var pipeline = result.Column("pipeline_amount").Sum(Convert.ToDecimal);
        var weighted = result.Column("weighted_amount").Sum(Convert.ToDecimal);
        Assert.True(weighted > 0 && weighted < pipeline, $"weighted {weighted} should be a real part of the pipeline {pipeline}");
    }

    [Fact]
    public async Task ForecastForAnAgentCountsTheirPortfolioOnly()
    {
        var args = ReportArguments.For(ForecastReport.Definition, Today, ("as_of", "2026-06-01"), ("months", "24"));
        var agent = await demo.BusiestOwnerAsync();
        var mine = await ReportAssert.MatchesOracleAsync(demo, args, ReportScope.Agent(agent), ["month_start"], ForecastFigures);
        using var conn = demo.Store.OpenRead();
        var all = ReportRunner.Run(conn, args, ReportScope.All);
        Assert.True(mine.Column("open_deals").Sum(Convert.ToInt64) < all.Column("open_deals").Sum(Convert.ToInt64));
    }

    [Fact]
    public async Task FunnelStagesAndVelocityMatchTheStageHistory()
    {
        var args = ReportArguments.For(FunnelReport.Definition, Today, ("from", "2024-01-01"), ("to", "2026-10-31"));
        var result = await ReportAssert.MatchesOracleAsync(demo, args, ReportScope.All, ["stage_code"],
            ["deals", "amount", "median_days_in_stage"], tolerance: 0.01);
        Assert.Contains(result.Column("median_days_in_stage"), d => d is double days && days > 0);
    }

    [Fact]
    public async Task FunnelFilteredBySourceAndScopedToADepartmentMatchesPostgres()
    {
        var args = ReportArguments.For(FunnelReport.Definition, Today, ("from", "2024-01-01"), ("to", "2026-10-31"), ("source", "website"));
        var result = await ReportAssert.MatchesOracleAsync(demo, args, ReportScope.Department(1), ["stage_code"], ["deals", "amount"]);
        Assert.True(Convert.ToInt64(result.Rows[0][result.Ordinal("deals")]) > 0);
    }
}
