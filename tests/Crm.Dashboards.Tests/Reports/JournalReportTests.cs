using Crm.Dashboards.Reports;
using Crm.Testing;

namespace Crm.Dashboards.Tests.Reports;

/// <summary>
/// What every journal report grouped by its group_by choice owes, checked against its PostgreSQL oracle: each
/// grouping, the filters and an agent's scope match, the figures are not empty, and an agent's rows add up to
/// exactly the entries with the agent's portfolio. A report's own class adds what is particular to it.
/// </summary>
public abstract class JournalReportTests(DemoWarehouse demo)
{
    protected static readonly DateOnly Today = new(2026, 10, 31);
    protected static readonly DateOnly From = new(2025, 1, 1), To = new(2025, 12, 31);
    protected static readonly string[] Keys = ["group_key", "group_name"];

    protected DemoWarehouse Demo => demo;
    protected abstract ReportDefinition Report { get; }

    /// <summary>The journal types the report counts.</summary>
    protected abstract string[] Types { get; }

    /// <summary>The column that counts the entries.</summary>
    protected abstract string Counted { get; }

    protected abstract string[] Figures { get; }

    [Fact]
    public async Task EveryGroupingMatchesTheJournalCountedOnPostgres()
    {
        foreach (var groupBy in Report.Parameter("group_by")!.Choices)
        {
            var result = await ReportAssert.MatchesOracleAsync(demo, Arguments(("group_by", groupBy)), ReportScope.All, Keys, Figures);
            Assert.True(result.Rows.Count >= 4, $"{Report.Name} by {groupBy}: {result.Rows.Count} rows");
            Assert.True(Sum(result, Counted) > 1000, $"{Report.Name} by {groupBy}: {Sum(result, Counted)} {Counted} in 2025");
        }
    }

    [Fact]
    public async Task DepartmentAndAgentFiltersMatchPostgres()
    {
        var department = await ReportAssert.MatchesOracleAsync(demo, Arguments(("group_by", "agent"), ("department", "3")), ReportScope.All, Keys, Figures);
        var agent = await ReportAssert.MatchesOracleAsync(demo, Arguments(("group_by", "month"), ("agent", "9")), ReportScope.All, Keys, Figures);

        Assert.NotEmpty(department.Rows);
        Assert.Equal(12, agent.Rows.Count);
    }

    [Fact]
    public async Task AgentScopeMatchesPostgres()
    {
        var agentId = await demo.BusiestOwnerAsync();
        var result = await ReportAssert.MatchesOracleAsync(demo, Arguments(("group_by", "agent")), ReportScope.Agent(agentId), Keys, Figures);
        Assert.NotEmpty(result.Rows);
    }

    [Fact]
    public async Task AnAgentSeesExactlyTheEntriesWithTheirPortfolio()
    {
        var agentId = await demo.BusiestOwnerAsync();
        var expected = await AgentPortfolio.ActivitiesAsync(demo, agentId, Types, From, To);
        using var conn = demo.Store.OpenRead();
        var mine = ReportRunner.Run(conn, Arguments(("group_by", "month")), ReportScope.Agent(agentId));
        var all = ReportRunner.Run(conn, Arguments(("group_by", "month")), ReportScope.All);

        Assert.Equal(expected, Sum(mine, Counted));
        Assert.True(expected > 0 && expected < Sum(all, Counted), $"{expected} of {Sum(all, Counted)}");
    }

    [Fact]
    public void AnEmptyPeriodGivesNoRows()
    {
        using var conn = demo.Store.OpenRead();
        var result = ReportRunner.Run(conn, ReportArguments.For(Report, Today, ("from", "1990-01-01"), ("to", "1990-12-31")), ReportScope.All);
        Assert.Empty(result.Rows);
    }

    protected ReportArguments Arguments(params (string, string?)[] more) =>
        ReportArguments.For(Report, Today, [("from", "2025-01-01"), ("to", "2025-12-31"), .. more]);

    protected static double Sum(ReportResult result, string column) => result.Column(column).Sum(v => Convert.ToDouble(v));

    protected static IEnumerable<double> Values(ReportResult result, string column) => result.Column(column).Select(v => Convert.ToDouble(v));
}
