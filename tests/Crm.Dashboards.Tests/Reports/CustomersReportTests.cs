using Crm.Dashboards.Reports;
using Crm.Dashboards.Reports.Customers;
using Crm.Testing;

namespace Crm.Dashboards.Tests.Reports;

/// <summary>The customers list from the warehouse against pg_customers.sql, and against the map it drills down from.</summary>
[Collection(ListReportsCollection.Name)]
public sealed class CustomersReportTests(DemoWarehouse demo)
{
    private static readonly DateOnly Today = new(2026, 10, 31);
    // The text and dates are matched as part of each row's key; the figures are compared as numbers.
    private static readonly string[] Keys =
    [
        "customer_id", "customer_name", "customer_kind", "segment", "lifecycle", "region_key", "city", "owner_name", "created_date",
        "last_sale_date",
    ];
    private static readonly string[] Figures = ["latitude", "longitude", "owner_agent_id", "department_id", "lifetime_revenue"];

    private static ReportArguments Args(params (string Name, string? Value)[] values) =>
        ReportArguments.For(CustomersReport.Definition, Today, [("limit", "1000000"), .. values]);

    [Fact]
    public async Task CustomersMatchTheOracle()
    {
        var result = await ReportAssert.MatchesOracleAsync(demo, Args(), ReportScope.All, Keys, Figures);

        Assert.True(result.Rows.Count > 1000, $"the demo has thousands of customers, got {result.Rows.Count}");
        Assert.True(result.Column("lifetime_revenue").Sum(Convert.ToDecimal) > 0);
        var revenue = result.Column("lifetime_revenue").Select(Convert.ToDecimal).ToList();
        Assert.Equal(revenue.OrderDescending(), revenue);
    }

    [Theory]
    [InlineData("region", "yerevan")]
    [InlineData("segment", "vip")]
    [InlineData("department", "2")]
    [InlineData("agent", "9")]
    [InlineData("source", "website")]
    public async Task EachFilterMatchesTheOracle(string filter, string value)
    {
        var result = await ReportAssert.MatchesOracleAsync(demo, Args((filter, value)), ReportScope.All, Keys, Figures);
        Assert.NotEmpty(result.Rows);
    }

    [Fact]
    public async Task ATownOfARegionMatchesTheOracle()
    {
        using var conn = demo.Store.OpenRead();
        var map = ReportRunner.Run(conn, ReportArguments.For(CustomersMapReport.Definition, Today), ReportScope.All);
        var busiest = map.Rows.First(r => (string)r[map.Ordinal("region_key")]! != "-1");
        var (region, city) = ((string)busiest[map.Ordinal("region_key")]!, (string)busiest[map.Ordinal("city")]!);

        var result = await ReportAssert.MatchesOracleAsync(demo, Args(("region", region), ("city", city)), ReportScope.All, Keys, Figures);
        Assert.Equal(Convert.ToInt64(busiest[map.Ordinal("customers")]), result.Rows.Count);
        Assert.All(result.Column("city"), c => Assert.Equal(city, c));
    }

    [Fact]
    public async Task AnAgentSeesOnlyTheirOwnCustomers()
    {
        var agent = await demo.BusiestOwnerAsync();
        var result = await ReportAssert.MatchesOracleAsync(demo, Args(), ReportScope.Agent(agent), Keys, Figures);
        Assert.NotEmpty(result.Rows);
        Assert.All(result.Column("owner_agent_id"), id => Assert.Equal(agent, Convert.ToInt64(id)));
    }

    [Fact]
    public void EachRegionOfTheMapDrillsDownToItsCustomers()
    {
        using var conn = demo.Store.OpenRead();
        var map = ReportRunner.Run(conn, ReportArguments.For(CustomersMapReport.Definition, Today, ("level", "region")), ReportScope.All);
        foreach (var row in map.Rows.Where(r => (string)r[map.Ordinal("region_key")]! != "-1"))
        {
            var region = (string)row[map.Ordinal("region_key")]!;
            var customers = ReportRunner.Run(conn, Args(("region", region)), ReportScope.All);
            Assert.Equal(Convert.ToInt64(row[map.Ordinal("customers")]), customers.Rows.Count);
        }
    }
}
