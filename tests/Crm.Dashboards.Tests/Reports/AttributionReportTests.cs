using Crm.Dashboards.Reports;
using Crm.Dashboards.Reports.Marketing;
using Crm.Testing;
using Npgsql;

namespace Crm.Dashboards.Tests.Reports;

/// <summary>
/// Campaign attribution from the warehouse against pg_attribution.sql, and the rule every model keeps: the revenue it
/// attributes adds up to the won deals that had a campaign touch in their window, counted on PostgreSQL.
/// </summary>
public sealed class AttributionReportTests(DemoWarehouse demo) : IClassFixture<DemoWarehouse>
{
    private static readonly DateOnly Today = new(2026, 10, 31);
    private static readonly DateOnly From = new(2025, 1, 1);
    private static readonly DateOnly To = new(2025, 12, 31);
    private static readonly string[] Keys = ["campaign_id", "source_code"];
    private static readonly string[] Figures = ["attributed_revenue", "attributed_conversions", "touches"];

    public static TheoryData<string> Models => [.. AttributionReport.Models];

    // 2025 unless told otherwise: the demo's history runs from November 2023 to October 2026.
    private static ReportArguments Args(params (string Name, string? Value)[] values)
    {
        var all = new Dictionary<string, string?> { ["from"] = "2025-01-01", ["to"] = "2025-12-31" };
        foreach (var (name, value) in values) all[name] = value;
        return ReportArguments.For(AttributionReport.Definition, Today, [.. all.Select(a => (a.Key, a.Value))]);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public async Task EveryModelMatchesTheOracle(string model)
    {
        var result = await ReportAssert.MatchesOracleAsync(demo, Args(("model", model)), ReportScope.All, Keys, Figures);

        Assert.True(result.Rows.Count >= 5, $"{model}: the demo's campaigns touch many customers, got {result.Rows.Count} rows");
        Assert.True(Sum(result, "attributed_revenue") > 0);
    }

    [Fact]
    public async Task LinearAndPositionBasedMatchTheOracleWithAFilterAndAnotherWindow()
    {
        foreach (var model in new[] { "linear", "position_based" })
        {
            var byDepartment = await ReportAssert.MatchesOracleAsync(demo, Args(("model", model), ("department", "1"), ("lookback_days", "30")),
                ReportScope.All, Keys, Figures);
            var byRegion = await ReportAssert.MatchesOracleAsync(demo, Args(("model", model), ("region", "yerevan"), ("lookback_days", "365")),
                ReportScope.All, Keys, Figures);
            Assert.True(Sum(byDepartment, "attributed_revenue") > 0);
            Assert.True(Sum(byRegion, "attributed_revenue") > 0);
        }
    }

    [Fact]
    public async Task TimeDecayFollowsItsHalfLife()
    {
        var result = await ReportAssert.MatchesOracleAsync(demo, Args(("model", "time_decay"), ("half_life_days", "30")), ReportScope.All, Keys, Figures);
        Assert.True(Sum(result, "attributed_revenue") > 0);
    }

    [Fact]
    public async Task AgentScopeMatchesTheOracle()
    {
        var agent = await BusiestAgent();
        var result = await ReportAssert.MatchesOracleAsync(demo, Args(("model", "position_based")), ReportScope.Agent(agent), Keys, Figures);
        Assert.True(Sum(result, "attributed_revenue") > 0, $"agent {agent}'s customers should have converted after campaign touches");
    }

    [Theory]
    [MemberData(nameof(Models))]
    public async Task AttributedRevenueAddsUpToTheConversionsThatHadATouch(string model)
    {
        ReportResult result;
        using (var conn = demo.Store.OpenRead()) result = ReportRunner.Run(conn, Args(("model", model)), ReportScope.All);
        var (revenue, conversions) = await TouchedConversions(agent: null, lookbackDays: 90);

        Assert.True(conversions > 100, $"the demo should have converted customers after campaign touches, got {conversions}");
        // each campaign's share is rounded to the dram's hundredths
        Assert.InRange(Sum(result, "attributed_revenue") - revenue, -0.005m * result.Rows.Count, 0.005m * result.Rows.Count);
        Assert.Equal(conversions, (double)Sum(result, "attributed_conversions"), 6);
    }

    [Fact]
    public async Task AnAgentIsAttributedOnlyTheDealsOfTheirPortfolio()
    {
        var agent = await BusiestAgent();
        ReportResult mine, all;
        using (var conn = demo.Store.OpenRead())
        {
            mine = ReportRunner.Run(conn, Args(("model", "linear")), ReportScope.Agent(agent));
            all = ReportRunner.Run(conn, Args(("model", "linear")), ReportScope.All);
        }
        var (revenue, conversions) = await TouchedConversions(agent, lookbackDays: 90);

        Assert.True(conversions > 0);
        Assert.InRange(Sum(mine, "attributed_revenue") - revenue, -0.005m * mine.Rows.Count, 0.005m * mine.Rows.Count);
        Assert.True(Sum(mine, "attributed_revenue") < Sum(all, "attributed_revenue"));
    }

    [Fact]
    public void ALongerWindowFindsAtLeastAsManyTouches()
    {
        using var conn = demo.Store.OpenRead();
        var shortWindow = ReportRunner.Run(conn, Args(("lookback_days", "7")), ReportScope.All);
        var longWindow = ReportRunner.Run(conn, Args(("lookback_days", "730")), ReportScope.All);
        Assert.True(Sum(longWindow, "touches") > Sum(shortWindow, "touches"));
    }

    [Fact]
    public void AnEmptyPeriodGivesNoRows()
    {
        using var conn = demo.Store.OpenRead();
        Assert.Empty(ReportRunner.Run(conn, Args(("from", "1990-01-01"), ("to", "1990-12-31")), ReportScope.All).Rows);
    }

    private static decimal Sum(ReportResult result, string column) =>
        result.Column(column).Where(v => v is not null).Sum(Convert.ToDecimal);

    // Counted without any model: won deals of the period with at least one campaign touch in the window.
    private async Task<(decimal Revenue, double Conversions)> TouchedConversions(long? agent, int lookbackDays)
    {
        await using var conn = await demo.OpenSourceAsync();
        await using var cmd = new NpgsqlCommand(OracleSql.Roots("$3") + """
            select coalesce(sum(d.amount), 0), count(*)
            from deals d
            join roots r on r.id = d.customer_id
            where d.stage = 'won' and d.deleted_at is null
              and (d.closed_at at time zone 'UTC')::date between $1 and $2
              and ($3::bigint is null or d.customer_id in (select id from portfolio))
              and exists (
                  select 1 from roots ra
                  join activities a on a.customer_id = ra.id
                  where ra.root_id = r.root_id and a.campaign_id is not null and a.deleted_at is null
                    and a.type_code not in ('sale', 'payment', 'refund', 'bank_payment', 'expense')
                    and a.occurred_at < d.closed_at and a.occurred_at >= d.closed_at - $4 * interval '24 hours')
            """, conn);
        cmd.Parameters.AddWithValue(From);
        cmd.Parameters.AddWithValue(To);
        cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)agent ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
        cmd.Parameters.AddWithValue(lookbackDays);
        await using var reader = await cmd.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetDecimal(0), reader.GetInt64(1));
    }

    private async Task<long> BusiestAgent()
    {
        await using var conn = await demo.OpenSourceAsync();
        await using var cmd = new NpgsqlCommand("""
            select c.owner_agent_id from deals d join customers c on c.id = d.customer_id
            where d.stage = 'won' and c.owner_agent_id is not null
            group by c.owner_agent_id order by count(*) desc, c.owner_agent_id limit 1
            """, conn);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
