using Crm.Dashboards.Reports;
using Crm.Dashboards.Reports.Activity;
using Crm.Testing;

namespace Crm.Dashboards.Tests.Reports;

/// <summary>The meetings report from the warehouse against the journal counted on PostgreSQL.</summary>
public sealed class MeetingsReportTests(DemoWarehouse demo) : JournalReportTests(demo), IClassFixture<DemoWarehouse>
{
    protected override ReportDefinition Report => MeetingsReport.Definition;
    protected override string[] Types => ["meeting"];
    protected override string Counted => "meetings";
    protected override string[] Figures =>
    [
        "meetings", "completed", "completed_share", "positive", "neutral", "negative", "other_outcome", "positive_share",
        "total_duration_seconds", "avg_duration_seconds",
    ];

    [Fact]
    public async Task MeetingsLastBetweenTwentyMinutesAndTwoHoursAndMostGoWell()
    {
        var result = await ReportAssert.MatchesOracleAsync(Demo, Arguments(("group_by", "department")), ReportScope.All, Keys, Figures);

        Assert.All(Values(result, "avg_duration_seconds"), s => Assert.InRange(s, 20 * 60, 120 * 60));
        Assert.All(Values(result, "positive_share"), s => Assert.InRange(s, 0.3, 0.7));
        Assert.True(Sum(result, "negative") > 0);
        Assert.Equal(Sum(result, "meetings"), Sum(result, "positive") + Sum(result, "neutral") + Sum(result, "negative") + Sum(result, "other_outcome"));
    }
}
