using Crm.Dashboards.Reports;
using Crm.Dashboards.Localization;
using Crm.Dashboards.Reports.Funnel;
using Crm.Dashboards.Reports.Predictions;
using Crm.Dashboards.Reports.Sales;

namespace Crm.Dashboards.Composition;

/// <summary>
/// The management overview: revenue against the previous period, the open pipeline, the win rate and the customers
/// at risk of churn as headline figures; then revenue by category against the previous period, the funnel, the top
/// customers and the churn risk list. Built from the sales, forecast, funnel, Pareto and churn risk reports.
/// </summary>
public static class OverviewDashboard
{
    public const string Name = "overview";

    public static IReadOnlyList<ReportDefinition> Reports { get; } =
        [SalesReport.Definition, ForecastReport.Definition, FunnelReport.Definition, ParetoReport.Definition, ChurnRiskReport.Definition];

    public static DashboardView Build(DashboardContext context, string scopeLabel)
    {
        var words = context.Words;
        var format = context.Format;
        var sales = context.Run(SalesReport.Definition, ("group_by", "category"));
        var forecast = context.Run(ForecastReport.Definition, ("as_of", context.ToText));
        var funnel = context.Run(FunnelReport.Definition);
        var top = context.Run(ParetoReport.Definition, ("limit", "10"));
        var churn = context.Run(ChurnRiskReport.Definition, ("limit", "10"));
        // the headline counts the high-risk band only; the list shows the likeliest whatever their band
        var atRisk = context.Run(ChurnRiskReport.Definition, ("min_probability", "50"), ("limit", "1000000"));
        var scored = churn.Result.Rows.Count > 0;

        var revenue = DashboardContext.Sum(sales.Result, "revenue");
        var previous = DashboardContext.Sum(sales.Result, "previous_revenue");
        var opened = funnel.Result.Rows.Count == 0 ? 0 : Convert.ToInt64(funnel.Result.Rows[0][funnel.Result.Ordinal("deals")]);
        var won = funnel.Result.Rows.Where(r => (string?)r[funnel.Result.Ordinal("stage_code")] == "won")
            .Select(r => Convert.ToInt64(r[funnel.Result.Ordinal("deals")])).FirstOrDefault();
        Kpi[] kpis =
        [
            new(words.Revenue, format.Money(revenue),
                $"{words.PreviousPeriod}: {format.Money(previous)} ({Change(revenue, previous, format)})"),
            new(words.Pipeline, format.Money(DashboardContext.Sum(forecast.Result, "pipeline_amount")),
                $"{words.WeightedPipeline}: {format.Money(DashboardContext.Sum(forecast.Result, "weighted_amount"))}"),
            new(words.WinRate, format.Percent(opened == 0 ? null : (double)won / opened), $"{format.Count(won)} / {format.Count(opened)}"),
            new(words.ChurnRisk, scored ? format.Count(atRisk.Result.Rows.Count) : "—", scored ? null : words.NoScoresYet),
        ];
        Panel[] panels =
        [
            context.Panel("revenue", words.RevenueTrend, sales, "group_name", "revenue", "previous_revenue", "revenue_change", "margin"),
            context.Panel("funnel", FunnelReport.Definition.Title.In(context.Language), funnel,
                "stage_code", "deals", "amount", "conversion_from_previous", "conversion_from_start"),
            context.Panel("top-customers", words.TopCustomers, top, "rank", "customer_name", "revenue", "cumulative_share") with { Chart = null },
            context.Panel("churn", words.ChurnRisk, churn, "customer_name", "owner_name", "churn_probability", "risk_band",
                $"reason_1_{context.Language.Code()}") with { Chart = null, Message = scored ? null : words.NoScoresYet },
        ];
        return new DashboardView(Name, words.Overview, context.Language, context.Facts(scopeLabel), context.WarehouseAsOf, kpis, panels)
        {
            Period = (context.From, context.To),
        };
    }

    /// <summary>"+12.5%" against the previous figure; "—" when there was none to compare with.</summary>
    public static string Change(decimal current, decimal previous, Localization.ValueFormat format) =>
        previous == 0 ? "—" : (current >= previous ? "+" : "") + format.Percent((double)((current - previous) / previous));
}
