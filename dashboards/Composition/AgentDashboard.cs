using Crm.Dashboards.Reports;
using Crm.Dashboards.Reports.Deals;
using Crm.Dashboards.Localization;
using Crm.Dashboards.Reports.Funnel;
using Crm.Dashboards.Reports.Predictions;
using Crm.Dashboards.Reports.Sales;

namespace Crm.Dashboards.Composition;

/// <summary>
/// An agent's own page, in the agent's scope (the customers they own now): their open pipeline by expected close month,
/// the tasks due in the next two weeks and those overdue (up to a quarter), their stalled deals, and the suggestions made for them.
/// </summary>
public static class AgentDashboard
{
    public const string Name = "agent";

    private const int TaskHorizonDays = 14;
    private const int OverdueDays = 90;

    public static IReadOnlyList<ReportDefinition> Reports { get; } = [ForecastReport.Definition, StalledReport.Definition, SalesReport.Definition, SuggestionsReport.Definition];

    /// <param name="context">Its scope is the agent's own (<see cref="ReportScope.Agent"/>), whoever reads the page.</param>
    public static DashboardView Build(DashboardContext context, long agentId, string agentName)
    {
        var words = context.Words;
        var format = context.Format;
        var pipeline = context.Run(ForecastReport.Definition, ("as_of", context.ToText));
        var stalled = context.Run(StalledReport.Definition, ("as_of", context.ToText), ("limit", "50"));
        var sales = context.Run(SalesReport.Definition, ("group_by", "category"));
        var tasks = AgentTasks.Read(context.Connection, agentId, context.Today,
            context.Today.AddDays(-OverdueDays), context.Today.AddDays(TaskHorizonDays), 50);
        var suggestions = context.Run(SuggestionsReport.Definition, ("limit", "20"));

        Kpi[] kpis =
        [
            new(words.Pipeline, format.Money(DashboardContext.Sum(pipeline.Result, "pipeline_amount")),
                $"{words.WeightedPipeline}: {format.Money(DashboardContext.Sum(pipeline.Result, "weighted_amount"))}"),
            new(words.Revenue, format.Money(DashboardContext.Sum(sales.Result, "revenue")),
                $"{words.PreviousPeriod}: {format.Money(DashboardContext.Sum(sales.Result, "previous_revenue"))}"),
            new(words.TasksDue, format.Count(tasks.Rows.Count)),
            new(words.StalledDeals, format.Count(stalled.Result.Rows.Count)),
        ];
        Panel[] panels =
        [
            context.Panel("pipeline", words.OwnPipeline, pipeline, "month_start", "open_deals", "overdue_deals", "pipeline_amount", "weighted_amount") with { MaxRows = 12 },
            new Panel("tasks", words.TasksDue, tasks, null) { MaxRows = 50 },
            context.Panel("stalled", words.StalledDeals, stalled,
                "deal_id", "customer_name", "stage_name_en", "amount", "days_since_last_activity", "days_in_stage", "reason") with { MaxRows = 15 },
            context.Panel("suggestions", words.Suggestions, suggestions, "customer_name", "kind", "product_name",
                $"reason_{context.Language.Code()}") with { Chart = null, MaxRows = 20,
                Message = suggestions.Result.Rows.Count > 0 ? null : words.NoSuggestionsYet },
        ];
        return new DashboardView(Name, $"{words.AgentPage}: {agentName}", context.Language, context.Facts(agentName), context.WarehouseAsOf, kpis, panels)
        {
            Period = (context.From, context.To),
        };
    }
}
