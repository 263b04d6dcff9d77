using Crm.Dashboards.Reports;
using Crm.Dashboards.Reports.Activity;
using Crm.Testing;

namespace Crm.Dashboards.Tests.Reports;

/// <summary>The calls report from the warehouse against the journal counted on PostgreSQL.</summary>
public sealed class CallsReportTests(DemoWarehouse demo) : IClassFixture<DemoWarehouse>
{
    private static readonly DateOnly Today = new(2026, 10, 31);
    private static readonly DateOnly From = new(2025, 1, 1), To = new(2025, 12, 31);
    private static readonly string[] Keys = ["group_key", "group_name", "direction"];
    private static readonly string[] Figures =
    [
        "calls", "answered", "answered_share", "no_answer", "busy", "voicemail", "other_outcome",
        "total_duration_seconds", "avg_duration_seconds", "avg_answered_duration_seconds",
    ];

    [Theory]
    [InlineData("agent")]
    [InlineData("month")]
    [InlineData("hour_of_day")]
    [InlineData("outcome")]
    public async Task CallsMatchTheJournalCountedOnPostgres(string groupBy)
    {
        var result = await ReportAssert.MatchesOracleAsync(demo, Arguments(("group_by", groupBy)), ReportScope.All, Keys, Figures);

        Assert.Equal(["in", "out"], result.Column("direction").Distinct().Order());
        Assert.True(Sum(result, "calls") > 10_000, $"the demo should have made many calls in 2025, got {Sum(result, "calls")}");
        Assert.True(Sum(result, "total_duration_seconds") > 0);
        var answered = Sum(result, "answered") / Sum(result, "calls");
        Assert.InRange(answered, 0.5, 0.95);
    }

    [Fact]
    public async Task OutgoingCallsGoUnansweredMoreOftenThanIncomingOnes()
    {
        var result = await ReportAssert.MatchesOracleAsync(demo, Arguments(("group_by", "outcome")), ReportScope.All, Keys, Figures);

        var rows = result.Rows.Select(r => (Outcome: (string)r[result.Ordinal("group_key")]!, Direction: (string)r[result.Ordinal("direction")]!)).ToList();
        Assert.Contains(("no_answer", "out"), rows);
        Assert.DoesNotContain(("no_answer", "in"), rows);
    }

    [Fact]
    public async Task DepartmentAndAgentFiltersMatchPostgres()
    {
        var department = await ReportAssert.MatchesOracleAsync(demo, Arguments(("group_by", "agent"), ("department", "2")), ReportScope.All, Keys, Figures);
        var agent = await ReportAssert.MatchesOracleAsync(demo, Arguments(("group_by", "month"), ("agent", "9")), ReportScope.All, Keys, Figures);

        Assert.NotEmpty(department.Rows);
        Assert.Equal(24, agent.Rows.Count);
    }

    [Fact]
    public async Task AgentScopeMatchesPostgres()
    {
        var agentId = await demo.BusiestOwnerAsync();
        var result = await ReportAssert.MatchesOracleAsync(demo, Arguments(("group_by", "agent")), ReportScope.Agent(agentId), Keys, Figures);
        Assert.NotEmpty(result.Rows);
    }

    [Fact]
    public async Task AnAgentSeesExactlyTheCallsWithTheirPortfolio()
    {
        var agentId = await demo.BusiestOwnerAsync();
        var expected = await AgentPortfolio.ActivitiesAsync(demo, agentId, ["call_in", "call_out"], From, To);
        using var conn = demo.Store.OpenRead();
        var mine = ReportRunner.Run(conn, Arguments(("group_by", "month")), ReportScope.Agent(agentId));
        var all = ReportRunner.Run(conn, Arguments(("group_by", "month")), ReportScope.All);

        Assert.Equal(expected, Sum(mine, "calls"));
        Assert.True(expected > 0 && expected < Sum(all, "calls"));
    }

    [Fact]
    public void AnEmptyPeriodGivesNoRows()
    {
        using var conn = demo.Store.OpenRead();
        var result = ReportRunner.Run(conn, ReportArguments.For(CallsReport.Definition, Today, ("from", "1990-01-01"), ("to", "1990-12-31")), ReportScope.All);
        Assert.Empty(result.Rows);
    }

    private static ReportArguments Arguments(params (string, string?)[] more) =>
        ReportArguments.For(CallsReport.Definition, Today, [("from", "2025-01-01"), ("to", "2025-12-31"), .. more]);

    private static double Sum(ReportResult result, string column) => result.Column(column).Sum(v => Convert.ToDouble(v));
}
