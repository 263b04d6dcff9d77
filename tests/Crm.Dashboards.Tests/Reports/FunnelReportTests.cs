using Crm.Dashboards.Reports;
using Crm.Dashboards.Reports.Funnel;
using Crm.Testing;
using Npgsql;

namespace Crm.Dashboards.Tests.Reports;

/// <summary>The funnel from the warehouse against the same figures counted another way on PostgreSQL.</summary>
public sealed class FunnelReportTests(DemoWarehouse demo) : IClassFixture<DemoWarehouse>
{
    private static readonly FunnelFilter LastTwoYears = new(new DateOnly(2024, 11, 1), new DateOnly(2026, 10, 31));

    [Fact]
    public async Task FunnelMatchesTheStageHistoryCountedOnPostgres()
    {
        var rows = FunnelReport.Run(demo.Store, LastTwoYears, ReportScope.All);
        var expected = await CountOnPostgres(agentId: null);

        AssertSameFunnel(expected, rows);
        Assert.True(rows[0].Deals > 1000, $"the demo data should give a real funnel, got {rows[0].Deals} leads");
    }

    [Fact]
    public async Task AgentScopeCountsTheDealsOfThatAgentsPortfolio()
    {
        var agentId = await BusiestAgent();
        var rows = FunnelReport.Run(demo.Store, LastTwoYears, ReportScope.Agent(agentId));
        var all = FunnelReport.Run(demo.Store, LastTwoYears, ReportScope.All);

        AssertSameFunnel(await CountOnPostgres(agentId), rows);
        Assert.True(rows[0].Deals < all[0].Deals);
    }

    [Fact]
    public void EmptyPeriodGivesZeroesNotErrors()
    {
        var rows = FunnelReport.Run(demo.Store, new FunnelFilter(new DateOnly(1990, 1, 1), new DateOnly(1990, 12, 31)), ReportScope.All);
        Assert.Equal(5, rows.Count);
        Assert.All(rows, r => Assert.Equal(0, r.Deals));
        Assert.All(rows, r => Assert.Equal(0, r.ConversionFromStart));
    }

    private static void AssertSameFunnel(IReadOnlyList<(string Stage, long Deals, decimal Amount)> expected, IReadOnlyList<FunnelRow> rows)
    {
        Assert.Equal(expected.Select(e => e.Stage), rows.Select(r => r.Stage));
        Assert.Equal(expected.Select(e => e.Deals), rows.Select(r => r.Deals));
        Assert.Equal(expected.Select(e => e.Amount), rows.Select(r => r.Amount));
        for (var i = 1; i < rows.Count; i++)
        {
            Assert.Equal((double)expected[i].Deals / expected[i - 1].Deals, rows[i].ConversionFromPrevious!.Value, 9);
            Assert.Equal((double)expected[i].Deals / expected[0].Deals, rows[i].ConversionFromStart, 9);
        }
        Assert.Null(rows[0].ConversionFromPrevious);
    }

    // Counted from the raw stage history: a deal is in a stage's bar when it has a transition into that stage.
    private async Task<IReadOnlyList<(string, long, decimal)>> CountOnPostgres(long? agentId)
    {
        await using var conn = await demo.OpenSourceAsync();
        await using var cmd = new NpgsqlCommand(OracleSql.Roots("$3") + """
            select s.code, count(distinct d.id), coalesce(sum(d.amount), 0)
            from deal_stages s
            left join deal_stage_history h on h.to_stage = s.code
            left join deals d on d.id = h.deal_id
                 and d.deleted_at is null
                 and (d.opened_at at time zone 'UTC')::date between $1 and $2
                 and ($3::bigint is null or d.customer_id in (select id from portfolio))
            where s.code <> 'lost'
            group by s.code, s.sort_order
            order by s.sort_order
            """, conn);
        cmd.Parameters.AddWithValue(LastTwoYears.From);
        cmd.Parameters.AddWithValue(LastTwoYears.To);
        cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)agentId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
        var result = new List<(string, long, decimal)>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) result.Add((reader.GetString(0), reader.GetInt64(1), reader.GetDecimal(2)));
        return result;
    }

    private async Task<long> BusiestAgent()
    {
        await using var conn = await demo.OpenSourceAsync();
        await using var cmd = new NpgsqlCommand(
            "select owner_agent_id from deals group by owner_agent_id order by count(*) desc, owner_agent_id limit 1", conn);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
