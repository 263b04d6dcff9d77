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
/// suggestions show up once the models have written their tables (a copy of the warehouse gets rows).
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
    public async Task ChurnScoresAndSuggestionsShowOnceTheModelsWroteThemAndOnlyForTheReadersCustomers()
    {
        var agent = await demo.BusiestOwnerAsync();
        var roots = await AgentPortfolio.RootsAsync(demo, agent);
        var copy = Path.Combine(Path.GetTempPath(), $"crm-churn-{Guid.NewGuid():N}.duckdb");
        File.Copy(demo.Store.LiveVersionPath()!, copy);
        try
        {
            using var conn = new DuckDBConnection($"Data Source={copy}");
            conn.Open();
            // what a load's models write, in their tables' own columns
            Execute(conn, """
                insert into fct_churn_score (customer_id, churn_probability, risk_band, reason_1_hy, reason_1_en, reason_1_ru, scored_at, scored_date)
                select customer_id, (customer_id % 100) / 100.0, 'high', 'Հայերեն պատճառ', 'reason in English', 'причина по-русски',
                       timestamp '2026-10-31 02:00', date '2026-10-31'
                from dim_customer where is_current and customer_id <> -1;
                insert into fct_suggestion (customer_id, suggestion_rank, kind, product_id, score, reason_hy, reason_en, reason_ru, scored_at, scored_date)
                select c.customer_id, 1, 'cross_sell', (select min(product_id) from dim_product where product_id <> -1), 1.0,
                       'Հայերեն պատճառ', 'reason in English', 'причина по-русски', timestamp '2026-10-31 02:00', date '2026-10-31'
                from dim_customer c where c.is_current and c.customer_id <> -1;
                """);

            var overview = OverviewDashboard.Build(Context(conn, ReportScope.All, Language.Hy), "all");
            var churn = Assert.Single(overview.Panels, p => p.Id == "churn");
            Assert.Null(churn.Message);
            Assert.Equal(10, churn.Result!.Rows.Count);
            Assert.Equal(0.99, Convert.ToDouble(churn.Result.Rows[0][churn.Result.Ordinal("churn_probability")]), 6);
            Assert.Contains("reason_1_hy", churn.Columns!);
            Assert.NotEqual("—", Assert.Single(overview.Kpis, k => k.Label == PageTexts.For(Language.Hy).ChurnRisk).Value);

            var view = AgentDashboard.Build(Context(conn, ReportScope.Agent(agent), Language.Ru), agent, "Agent");
            var suggestions = Assert.Single(view.Panels, p => p.Id == "suggestions");
            Assert.Null(suggestions.Message);
            Assert.Contains("reason_ru", suggestions.Columns!);
            Assert.NotEmpty(suggestions.Result!.Rows);
            Assert.All(suggestions.Result.Column("customer_id"), id => Assert.Contains(Convert.ToInt64(id), roots));
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
