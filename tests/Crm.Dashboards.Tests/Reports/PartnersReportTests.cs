using Crm.Dashboards.Reports;
using Crm.Dashboards.Reports.Partners;
using Crm.Testing;
using Npgsql;

namespace Crm.Dashboards.Tests.Reports;

/// <summary>The partner comparison from the warehouse against pg_partners.sql on the operational tables.</summary>
public sealed class PartnersReportTests(DemoWarehouse demo) : IClassFixture<DemoWarehouse>
{
    private static readonly DateOnly Today = new(2026, 10, 31);
    private static readonly string[] Keys = ["partner_id"];
    private static readonly string[] Figures =
    [
        "revenue", "previous_revenue", "revenue_trend", "deals", "won_deals", "conversion", "average_won_deal",
        "payment_days", "days_past_due",
    ];

    // 2025 unless told otherwise: the demo's history runs from November 2023 to October 2026.
    private static ReportArguments Args(params (string Name, string? Value)[] values)
    {
        var all = new Dictionary<string, string?> { ["from"] = "2025-01-01", ["to"] = "2025-12-31" };
        foreach (var (name, value) in values) all[name] = value;
        return ReportArguments.For(PartnersReport.Definition, Today, [.. all.Select(a => (a.Key, a.Value))]);
    }

    [Fact]
    public async Task PartnersMatchTheOracle()
    {
        var result = await ReportAssert.MatchesOracleAsync(demo, Args(), ReportScope.All, Keys, Figures);

        Assert.True(result.Rows.Count >= 6, $"the demo's partners bring business every year, got {result.Rows.Count} rows");
        Assert.Contains(result.Column("partner_id"), id => Convert.ToInt64(id) == -1);
        var partners = result.Rows.Where(r => Convert.ToInt64(r[result.Ordinal("partner_id")]) > 0).ToList();
        Assert.Contains(partners, r => Convert.ToDecimal(r[result.Ordinal("revenue")]) > 0);
        Assert.Contains(partners, r => Convert.ToInt64(r[result.Ordinal("won_deals")]) > 0);
        Assert.Contains(partners, r => r[result.Ordinal("payment_days")] is double d && d > 0);
        Assert.Contains(partners, r => r[result.Ordinal("revenue_trend")] is not null);
    }

    [Fact]
    public async Task FiltersMatchTheOracle()
    {
        var byDepartment = await ReportAssert.MatchesOracleAsync(demo, Args(("department", "1")), ReportScope.All, Keys, Figures);
        var byPartner = await ReportAssert.MatchesOracleAsync(demo, Args(("partner", "3"), ("from", "2024-01-01")), ReportScope.All, Keys, Figures);
        var byRegion = await ReportAssert.MatchesOracleAsync(demo, Args(("region", "yerevan")), ReportScope.All, Keys, Figures);

        Assert.True(byDepartment.Rows.Count > 1);
        Assert.NotEmpty(byPartner.Rows);
        Assert.All(byPartner.Column("partner_id"), id => Assert.Equal(3L, Convert.ToInt64(id)));
        Assert.True(Sum(byRegion, "revenue") > 0);
    }

    [Fact]
    public async Task DepartmentAndAgentScopesMatchTheOracle()
    {
        var agent = await BusiestAgent();
        var department = await ReportAssert.MatchesOracleAsync(demo, Args(), ReportScope.Department(1), Keys, Figures);
        var mine = await ReportAssert.MatchesOracleAsync(demo, Args(), ReportScope.Agent(agent), Keys, Figures);

        Assert.True(Sum(department, "revenue") > 0);
        Assert.True(Sum(mine, "revenue") > 0, $"agent {agent}'s customers should have bought in 2025");
    }

    [Fact]
    public async Task AnAgentSeesOnlyTheSalesAndDealsOfTheirPortfolio()
    {
        var agent = await BusiestAgent();
        ReportResult mine, all;
        using (var conn = demo.Store.OpenRead())
        {
            mine = ReportRunner.Run(conn, Args(), ReportScope.Agent(agent));
            all = ReportRunner.Run(conn, Args(), ReportScope.All);
        }
        var (revenue, deals) = await PortfolioBusiness(agent);

        Assert.Equal(revenue, Sum(mine, "revenue"));
        Assert.Equal(deals, Sum(mine, "deals"));
        Assert.True(Sum(mine, "revenue") < Sum(all, "revenue"));
    }

    [Fact]
    public void ThePreviousRevenueIsTheRevenueOfThePeriodBefore()
    {
        using var conn = demo.Store.OpenRead();
        var year = ReportRunner.Run(conn, Args(), ReportScope.All);
        // 2025 has 365 days, so the period before it starts on 2 January of leap 2024
        var before = ReportRunner.Run(conn, Args(("from", "2024-01-02"), ("to", "2024-12-31")), ReportScope.All);

        var revenueBefore = before.Rows.ToDictionary(r => Convert.ToInt64(r[before.Ordinal("partner_id")]), r => Convert.ToDecimal(r[before.Ordinal("revenue")]));
        foreach (var row in year.Rows)
            Assert.Equal(revenueBefore.GetValueOrDefault(Convert.ToInt64(row[year.Ordinal("partner_id")])), Convert.ToDecimal(row[year.Ordinal("previous_revenue")]));
        Assert.True(Sum(year, "previous_revenue") > 0);
    }

    [Fact]
    public void AnEmptyPeriodGivesNoRows()
    {
        using var conn = demo.Store.OpenRead();
        Assert.Empty(ReportRunner.Run(conn, Args(("from", "1990-01-01"), ("to", "1990-12-31")), ReportScope.All).Rows);
    }

    private static decimal Sum(ReportResult result, string column) =>
        result.Column(column).Where(v => v is not null).Sum(Convert.ToDecimal);

    // The portfolio's 2025 sales revenue and deals, without partners: every row of the agent's report must come from these.
    private async Task<(decimal Revenue, long Deals)> PortfolioBusiness(long agent)
    {
        await using var conn = await demo.OpenSourceAsync();
        await using var cmd = new NpgsqlCommand(OracleSql.Roots("$1") + """
            select
                (select coalesce(sum(round(l.quantity * l.unit_price - l.discount_amount, 2)), 0)
                 from activities a join sale_lines l on l.sale_activity_id = a.id
                 where a.type_code = 'sale' and a.deleted_at is null and a.customer_id in (select id from portfolio)
                   and (a.occurred_at at time zone 'UTC')::date between '2025-01-01' and '2025-12-31'),
                (select count(*) from deals d
                 where d.deleted_at is null and d.customer_id in (select id from portfolio)
                   and (d.opened_at at time zone 'UTC')::date between '2025-01-01' and '2025-12-31')
            """, conn);
        cmd.Parameters.AddWithValue(agent);
        await using var reader = await cmd.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetDecimal(0), reader.GetInt64(1));
    }

    private async Task<long> BusiestAgent()
    {
        await using var conn = await demo.OpenSourceAsync();
        await using var cmd = new NpgsqlCommand("""
            select c.owner_agent_id from deals d join customers c on c.id = d.customer_id
            where d.partner_id is not null and c.owner_agent_id is not null
            group by c.owner_agent_id order by count(*) desc, c.owner_agent_id limit 1
            """, conn);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
