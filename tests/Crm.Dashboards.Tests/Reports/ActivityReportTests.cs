using Crm.Dashboards.Reports;
using Crm.Dashboards.Reports.Activity;
using Crm.Testing;
using Npgsql;

namespace Crm.Dashboards.Tests.Reports;

/// <summary>The activity report (16 journal types per group) from the warehouse against the journal counted on PostgreSQL.</summary>
public sealed class ActivityReportTests(DemoWarehouse demo) : JournalReportTests(demo), IClassFixture<DemoWarehouse>
{
    protected override ReportDefinition Report => ActivityReport.Definition;
    protected override string[] Types => [.. ActivityReport.Types.Select(t => t.Code)];
    protected override string Counted => "total";
    protected override string[] Figures => [.. Types, "total"];

    [Fact]
    public void TheReportHasAColumnForEachTypeOfTheJournalInItsOrder()
    {
        using var conn = Demo.Store.OpenRead();
        using var cmd = conn.CreateCommand();
        cmd.CommandText = "select activity_type_code from dim_activity_type order by sort_order";
        var codes = new List<string>();
        using (var reader = cmd.ExecuteReader())
            while (reader.Read()) codes.Add(reader.GetString(0));
        var result = ReportRunner.Run(conn, Arguments(), ReportScope.All);

        Assert.Equal(16, codes.Count);
        Assert.Equal(codes, result.Columns.Skip(2).Take(16).Select(c => c.Name));
    }

    [Fact]
    public async Task EveryTypeHasEntriesAndTheTotalIsTheirSum()
    {
        var result = await ReportAssert.MatchesOracleAsync(Demo, Arguments(("group_by", "department")), ReportScope.All, Keys, Figures);

        Assert.All(Types, t => Assert.True(Sum(result, t) > 0, $"no {t} in 2025"));
        foreach (var row in result.Rows)
            Assert.Equal(Convert.ToInt64(row[result.Ordinal("total")]), Types.Sum(t => Convert.ToInt64(row[result.Ordinal(t)])));
    }

    [Fact]
    public async Task AGroupWithoutSomeTypeShowsItAsZero()
    {
        // The marketer records expenses and nothing else: every other type is there, as zero.
        var marketer = await MarketerAsync();
        var result = await ReportAssert.MatchesOracleAsync(Demo, Arguments(("group_by", "agent"), ("agent", marketer.ToString())), ReportScope.All, Keys, Figures);

        var row = Assert.Single(result.Rows);
        Assert.True(Convert.ToInt64(row[result.Ordinal("expense")]) > 0);
        Assert.All(Types.Where(t => t != "expense"), t => Assert.Equal(0L, Convert.ToInt64(row[result.Ordinal(t)])));
    }

    [Fact]
    public async Task AnAgentsScopeHoldsTheirOwnEntriesWithNoCustomer()
    {
        // Department heads own customers and record the office's expenses, which have none.
        var head = await ScalarAsync("""
            select agent_id from activities
            where customer_id is null and agent_id in (select owner_agent_id from customers)
            group by agent_id order by count(*) desc, agent_id limit 1
            """);
        var result = await ReportAssert.MatchesOracleAsync(Demo, Arguments(("group_by", "month")), ReportScope.Agent(head), Keys, Figures);

        Assert.True(Sum(result, "expense") > 0);
        Assert.Equal(await AgentPortfolio.ActivitiesAsync(Demo, head, Types, From, To), Sum(result, "total"));
    }

    private Task<long> MarketerAsync() =>
        ScalarAsync("select agent_id from activities group by agent_id having bool_and(type_code = 'expense') order by agent_id limit 1");

    private async Task<long> ScalarAsync(string sql)
    {
        await using var conn = await Demo.OpenSourceAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
