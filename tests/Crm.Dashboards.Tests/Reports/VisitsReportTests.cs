using Crm.Dashboards.Reports;
using Crm.Dashboards.Reports.Activity;
using Crm.Testing;

namespace Crm.Dashboards.Tests.Reports;

/// <summary>The visits report from the warehouse against the journal counted on PostgreSQL.</summary>
public sealed class VisitsReportTests(DemoWarehouse demo) : JournalReportTests(demo), IClassFixture<DemoWarehouse>
{
    protected override ReportDefinition Report => VisitsReport.Definition;
    protected override string[] Types => ["visit"];
    protected override string Counted => "visits";
    protected override string[] Figures =>
    [
        "visits", "completed", "completed_share", "positive", "neutral", "negative", "other_outcome", "positive_share",
        "total_duration_seconds", "avg_duration_seconds",
    ];

    [Fact]
    public async Task VisitsLastBetweenAQuarterAndAnHourAndAHalf()
    {
        var result = await ReportAssert.MatchesOracleAsync(Demo, Arguments(("group_by", "month")), ReportScope.All, Keys, Figures);

        Assert.Equal(12, result.Rows.Count);
        Assert.All(Values(result, "avg_duration_seconds"), s => Assert.InRange(s, 15 * 60, 90 * 60));
        Assert.True(Sum(result, "positive") > Sum(result, "negative"));
    }
}
