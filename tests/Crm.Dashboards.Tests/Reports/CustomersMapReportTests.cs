using Crm.Dashboards.Reports;
using Crm.Dashboards.Reports.Customers;
using Crm.Testing;
using Npgsql;

namespace Crm.Dashboards.Tests.Reports;

/// <summary>The customers map from the warehouse against the customers and sales counted on PostgreSQL.</summary>
public sealed class CustomersMapReportTests(DemoWarehouse demo) : IClassFixture<DemoWarehouse>
{
    private static readonly DateOnly Today = new(2026, 10, 31);
    private static readonly string[] Figures = ["latitude", "longitude", "customers", "new_customers", "revenue", "share_of_customers"];

    private static ReportArguments Args(params (string, string?)[] values) =>
        ReportArguments.For(CustomersMapReport.Definition, Today, [("from", "2025-01-01"), ("to", "2025-12-31"), .. values]);

    [Fact]
    public async Task TownsMatchTheCustomersCountedOnPostgres()
    {
        var result = await ReportAssert.MatchesOracleAsync(demo, Args(), ReportScope.All, ["region_key", "city"], Figures);

        Assert.True(result.Rows.Count > 100, $"the demo's customers live in many towns, got {result.Rows.Count}");
        Assert.True(Sum(result, "customers") > 1000);
        Assert.True(Sum(result, "new_customers") > 100);
        Assert.True(Sum(result, "revenue") > 0);
        Assert.Equal(1.0, Sum(result, "share_of_customers"), 9);
        Assert.All(result.Column("latitude"), lat => Assert.InRange(Convert.ToDouble(lat), 38.8, 41.4));
    }

    [Fact]
    public async Task RegionsWithASegmentFilterMatchPostgres()
    {
        var result = await ReportAssert.MatchesOracleAsync(demo, Args(("level", "region"), ("segment", "retail")), ReportScope.All,
            ["region_key", "city"], Figures);

        Assert.True(result.Rows.Count >= 5);
        Assert.All(result.Column("city"), city => Assert.Null(city));
        Assert.Contains("Yerevan", result.Column("region_name"));
    }

    [Fact]
    public async Task DepartmentAndSourceFiltersMatchPostgres()
    {
        var result = await ReportAssert.MatchesOracleAsync(demo, Args(("department", "2"), ("source", "website")), ReportScope.All,
            ["region_key", "city"], Figures);
        Assert.True(Sum(result, "customers") > 0);
    }

    [Fact]
    public async Task AnAgentsMapMatchesTheirPortfolioOnPostgres()
    {
        var agent = await BusiestOwner();
        var result = await ReportAssert.MatchesOracleAsync(demo, Args(("level", "region")), ReportScope.Agent(agent),
            ["region_key", "city"], Figures);
        Assert.True(Sum(result, "customers") > 10);
        Assert.True(Sum(result, "revenue") > 0);
    }

    [Fact]
    public async Task AnAgentNeverSeesAnotherAgentsCustomers()
    {
        var agent = await BusiestOwner();
        using var conn = demo.Store.OpenRead();
        var mine = ReportRunner.Run(conn, Args(), ReportScope.Agent(agent));
        var all = ReportRunner.Run(conn, Args(), ReportScope.All);

        Assert.Equal(await PortfolioSize(agent, new DateOnly(2025, 12, 31)), Sum(mine, "customers"));
        Assert.True(Sum(mine, "customers") < Sum(all, "customers"));
        // asking for a colleague's customers inside one's own scope gives nothing
        var other = await OtherOwner(agent);
        Assert.Empty(ReportRunner.Run(conn, Args(("agent", other.ToString())), ReportScope.Agent(agent)).Rows);
    }

    [Fact]
    public void AnEmptyPeriodGivesNoRows()
    {
        using var conn = demo.Store.OpenRead();
        var args = ReportArguments.For(CustomersMapReport.Definition, Today, ("from", "1990-01-01"), ("to", "1990-12-31"));
        Assert.Empty(ReportRunner.Run(conn, args, ReportScope.All).Rows);
    }

    private static double Sum(ReportResult result, string column) => result.Column(column).Sum(Convert.ToDouble);

    private async Task<long> BusiestOwner() => await Scalar<long>("""
        select owner_agent_id from customers where merged_into_id is null and deleted_at is null and owner_agent_id is not null
        group by owner_agent_id order by count(*) desc, owner_agent_id limit 1
        """);

    private async Task<long> OtherOwner(long agent) => await Scalar<long>("""
        select owner_agent_id from customers where owner_agent_id <> $1 group by owner_agent_id order by count(*) desc limit 1
        """, agent);

    private async Task<long> PortfolioSize(long agent, DateOnly to) => await Scalar<long>("""
        select count(*) from customers
        where merged_into_id is null and deleted_at is null and owner_agent_id = $1
          and (created_at at time zone 'UTC')::date <= $2
        """, agent, to);

    private async Task<T> Scalar<T>(string sql, params object[] args)
    {
        await using var pg = await demo.OpenSourceAsync();
        await using var cmd = new NpgsqlCommand(sql, pg);
        foreach (var arg in args) cmd.Parameters.AddWithValue(arg);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }
}
