using Crm.Dashboards.Reports;
using Crm.Dashboards.Reports.Deals;
using Crm.Testing;

namespace Crm.Dashboards.Tests.Reports;

/// <summary>The stalled negotiations from the warehouse against the deals, their history and the journal on PostgreSQL.</summary>
public sealed class StalledReportTests(DemoWarehouse demo) : IClassFixture<DemoWarehouse>
{
    private static readonly DateOnly Today = new(2026, 10, 31);
    private static readonly string[] Keys = ["deal_id", "reason", "stage_code", "customer_name", "owner_name", "last_activity_date"];
    private static readonly string[] Figures =
        ["customer_id", "owner_agent_id", "amount", "days_since_last_activity", "days_in_stage", "usual_days_in_stage"];

    [Fact]
    public async Task StalledDealsMatchTheDealsCountedOnPostgres()
    {
        var result = await ReportAssert.MatchesOracleAsync(demo, Arguments(), ReportScope.All, Keys, Figures);

        Assert.True(result.Rows.Count > 50, $"the demo's open pipeline should hold stalled deals, got {result.Rows.Count}");
        Assert.Contains("both", result.Column("reason"));
        Assert.Contains("slow_stage", result.Column("reason"));
        Assert.True(result.Column("amount").Sum(Convert.ToDecimal) > 0);
        var amounts = result.Column("amount").Select(Convert.ToDecimal).ToList();
        Assert.Equal(amounts.OrderDescending(), amounts);
    }

    [Fact]
    public async Task EveryDealIsThereForTheReasonItGives()
    {
        var result = await ReportAssert.MatchesOracleAsync(demo, Arguments(("stalled_days", "20"), ("stage_factor", "10")), ReportScope.All, Keys, Figures);

        Assert.Contains("no_activity", result.Column("reason"));
        foreach (var row in result.Rows)
        {
            var reason = (string)row[result.Ordinal("reason")]!;
            var idle = Convert.ToInt64(row[result.Ordinal("days_since_last_activity")]);
            var inStage = Convert.ToInt64(row[result.Ordinal("days_in_stage")]);
            var usual = Convert.ToDouble(row[result.Ordinal("usual_days_in_stage")]);
            Assert.Equal(reason is "no_activity" or "both", idle >= 20);
            // the usual days are rounded to a tenth; the comparison was made before
            if (reason == "no_activity") Assert.True(inStage <= 10 * (usual + 0.05), $"deal {row[0]}: {inStage} days vs usual {usual}");
            else Assert.True(inStage > 10 * (usual - 0.05), $"deal {row[0]}: {inStage} days vs usual {usual}");
        }
    }

    [Fact]
    public async Task ALongerPracticeWindowSetsTheUsualDurationFromMoreStays()
    {
        var quarter = await ReportAssert.MatchesOracleAsync(demo, Arguments(), ReportScope.All, Keys, Figures);
        var year = await ReportAssert.MatchesOracleAsync(demo, Arguments(("practice_days", "365")), ReportScope.All, Keys, Figures);

        static Dictionary<string, double> Usual(ReportResult r) => r.Rows
            .GroupBy(row => (string)row[r.Ordinal("stage_code")]!)
            .ToDictionary(g => g.Key, g => Convert.ToDouble(g.First()[r.Ordinal("usual_days_in_stage")]));
        var (q, y) = (Usual(quarter), Usual(year));
        Assert.Contains(q.Keys.Intersect(y.Keys), stage => q[stage] != y[stage]);
    }

    [Fact]
    public async Task APastDayShowsThePipelineAsItStoodThen()
    {
        var then = await ReportAssert.MatchesOracleAsync(demo, Arguments(("as_of", "2025-06-30")), ReportScope.All, Keys, Figures);
        var now = await ReportAssert.MatchesOracleAsync(demo, Arguments(), ReportScope.All, Keys, Figures);

        Assert.NotEmpty(then.Rows);
        // the deals stalled then were closed since (mostly lost): none of them is stalled now
        Assert.Empty(then.Column("deal_id").Intersect(now.Column("deal_id")));
    }

    [Fact]
    public async Task DepartmentAndAgentFiltersMatchPostgres()
    {
        var department = await ReportAssert.MatchesOracleAsync(demo, Arguments(("department", "1")), ReportScope.All, Keys, Figures);
        var agent = await ReportAssert.MatchesOracleAsync(demo, Arguments(("agent", "9")), ReportScope.All, Keys, Figures);

        Assert.NotEmpty(department.Rows);
        Assert.NotEmpty(agent.Rows);
        Assert.All(agent.Column("owner_agent_id"), id => Assert.Equal(9L, Convert.ToInt64(id)));
    }

    [Fact]
    public async Task AgentScopeMatchesPostgres()
    {
        var agentId = await demo.BusiestOwnerAsync();
        var result = await ReportAssert.MatchesOracleAsync(demo, Arguments(), ReportScope.Agent(agentId), Keys, Figures);
        Assert.NotEmpty(result.Rows);
    }

    [Fact]
    public async Task AnAgentSeesOnlyTheDealsOfTheirOwnCustomers()
    {
        var agentId = await demo.BusiestOwnerAsync();
        var roots = await AgentPortfolio.RootsAsync(demo, agentId);
        using var conn = demo.Store.OpenRead();
        var mine = ReportRunner.Run(conn, Arguments(("as_of", "2025-06-30")), ReportScope.Agent(agentId));
        var all = ReportRunner.Run(conn, Arguments(("as_of", "2025-06-30")), ReportScope.All);

        Assert.NotEmpty(mine.Rows);
        Assert.All(mine.Column("customer_id"), id => Assert.Contains(Convert.ToInt64(id), roots));
        var theirs = all.Rows.Where(r => roots.Contains(Convert.ToInt64(r[all.Ordinal("customer_id")]))).Select(r => r[0]);
        Assert.Equal(theirs, mine.Column("deal_id"));
        Assert.True(mine.Rows.Count < all.Rows.Count);
    }

    [Fact]
    public void WithoutADayTheDealsAreJudgedOnTheDayTheReportRuns()
    {
        var unnamed = ReportArguments.For(StalledReport.Definition, Today, ("limit", "1000000"));
        Assert.Equal(Today, unnamed.Values["as_of"]);
        using var conn = demo.Store.OpenRead();
        Assert.Equal(ReportRunner.Run(conn, Arguments(), ReportScope.All).Column("deal_id"), ReportRunner.Run(conn, unnamed, ReportScope.All).Column("deal_id"));
    }

    [Fact]
    public void ALimitKeepsTheFirstRowsInTheReportsOrder()
    {
        using var conn = demo.Store.OpenRead();
        var all = ReportRunner.Run(conn, Arguments(), ReportScope.All).Column("deal_id").ToList();
        var page = ReportRunner.Run(conn, Arguments(("limit", "5")), ReportScope.All).Column("deal_id").ToList();
        Assert.True(all.Count > 5);
        Assert.Equal(all.Take(5), page);
    }

    [Fact]
    public void ADayBeforeAnyDealGivesNoRows()
    {
        using var conn = demo.Store.OpenRead();
        Assert.Empty(ReportRunner.Run(conn, Arguments(("as_of", "1990-01-01")), ReportScope.All).Rows);
    }

    // The demo's last day, unless the test names another; every row, not the first page.
    private static ReportArguments Arguments(params (string Name, string? Value)[] more) => ReportArguments.For(StalledReport.Definition, Today,
        [.. more, .. Missing(more, "as_of", "2026-10-31"), .. Missing(more, "limit", "1000000")]);

    private static (string, string?)[] Missing((string Name, string? Value)[] given, string name, string value) =>
        given.Any(g => g.Name == name) ? [] : [(name, value)];
}
