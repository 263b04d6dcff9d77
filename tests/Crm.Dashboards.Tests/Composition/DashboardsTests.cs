using Crm.Dashboards.Composition;
using Crm.Dashboards.Localization;
using Crm.Dashboards.Reports;
using Crm.Dashboards.Reports.Sales;
using Crm.Dashboards.Tests.Reports;
using Crm.Testing;
using DuckDB.NET.Data;

namespace Crm.Dashboards.Tests.Composition;

/// <summary>
/// The composed dashboards on the demo warehouse: their figures are the reports' own, and the churn scores and
/// suggestions show up once another part of the product has written its table (a copy of the warehouse gets one).
/// </summary>
[Collection(ListReportsCollection.Name)]
public sealed class DashboardsTests(DemoWarehouse demo)
{
    private static readonly DateOnly Today = new(2026, 10, 31);

    [Fact]
    public void TheOverviewsRevenueIsTheSalesReportsAndItSaysNoScoresYet()
    {
        using var conn = demo.Store.OpenRead();
        var view = OverviewDashboard.Build(Context(conn, ReportScope.All, Language.En), "Whole company");

        var sales = ReportRunner.Run(conn, ReportArguments.For(SalesReport.Definition, Today, ("from", "2025-11-01"), ("to", "2026-10-31")),
            ReportScope.All);
        Assert.Equal(ValueFormat.For(Language.En).Money(DashboardContext.Sum(sales, "revenue")), view.Kpis[0].Value);
        var churn = Assert.Single(view.Panels, p => p.Id == "churn");
        Assert.Equal("No churn scores yet", churn.Message);
        Assert.All(view.Panels.Where(p => p.Id != "churn"), p => Assert.NotEmpty(p.Result!.Rows));
    }

    [Fact]
    public async Task ChurnScoresAndSuggestionsAreReadOnceTheirTablesExistAndOnlyForTheReadersCustomers()
    {
        var agent = await demo.BusiestOwnerAsync();
        var copy = Path.Combine(Path.GetTempPath(), $"crm-churn-{Guid.NewGuid():N}.duckdb");
        File.Copy(demo.Store.LiveVersionPath()!, copy);
        try
        {
            using var conn = new DuckDBConnection($"Data Source={copy}");
            conn.Open();
            Execute(conn, """
                create table fct_churn_score as
                select customer_id, (customer_id % 100) / 100.0 as churn_probability, date '2026-10-31' as scored_on
                from dim_customer where is_current and customer_id <> -1;
                create table fct_suggestion as
                select customer_id, owner_agent_id as agent_id, 'call' as suggestion, customer_id % 7 as priority
                from dim_customer where is_current and customer_id <> -1;
                """);

            var all = OptionalFact.ChurnScores.Read(conn, ReportScope.All, 10)!;
            Assert.Equal(10, all.Rows.Count);
            Assert.Equal(0.99, Convert.ToDouble(all.Rows[0][all.Ordinal("churn_probability")]), 6);
            Assert.Contains("customer_name", all.Columns.Select(c => c.Name));

            var mine = OptionalFact.Suggestions.Read(conn, ReportScope.Agent(agent), 1000)!;
            Assert.NotEmpty(mine.Rows);
            Assert.All(mine.Column("agent_id"), id => Assert.Equal(agent, Convert.ToInt64(id)));

            var view = AgentDashboard.Build(Context(conn, ReportScope.Agent(agent), Language.Hy), agent, "Agent");
            Assert.Null(Assert.Single(view.Panels, p => p.Id == "suggestions").Message);
            var overview = OverviewDashboard.Build(Context(conn, ReportScope.All, Language.Hy), "all");
            Assert.Equal(10, Assert.Single(overview.Panels, p => p.Id == "churn").Result!.Rows.Count);
        }
        finally
        {
            DuckDBConnectionCleanup(copy);
        }
    }

    [Fact]
    public async Task AnAgentsPageHoldsOnlyTheirOwnPortfolio()
    {
        var agent = await demo.BusiestOwnerAsync();
        var roots = await AgentPortfolio.RootsAsync(demo, agent);
        using var conn = demo.Store.OpenRead();
        var view = AgentDashboard.Build(Context(conn, ReportScope.Agent(agent), Language.Ru), agent, "Agent");

        var stalled = Assert.Single(view.Panels, p => p.Id == "stalled").Result!;
        Assert.All(stalled.Column("customer_id"), id => Assert.Contains(Convert.ToInt64(id), roots));
        Assert.Equal("Рекомендаций пока нет", Assert.Single(view.Panels, p => p.Id == "suggestions").Message);
    }

    private static DashboardContext Context(DuckDBConnection conn, ReportScope scope, Language language) =>
        new(conn, scope, new DateOnly(2025, 11, 1), Today, Today, language, DateTimeOffset.UtcNow);

    private static void Execute(DuckDBConnection conn, string sql)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static void DuckDBConnectionCleanup(string path)
    {
        foreach (var file in new[] { path, path + ".wal" })
            if (File.Exists(file)) File.Delete(file);
    }
}
