namespace Crm.Dashboards.Reports.Funnel;

/// <summary>The weighted pipeline forecast by expected close month: rpt_forecast.sql.</summary>
public sealed class ForecastReport : IReport
{
    public static ReportDefinition Definition { get; } = new("forecast",
        new ReportTitle("Վաճառքի կանխատեսում", "Weighted pipeline forecast", "Взвешенный прогноз воронки"),
        "Open deals by expected close month, weighted by the historical chance of winning from their current stage; overdue deals count in the first month.",
        [
            new ReportParameter("as_of", ParameterKind.Date, "as_of", "the month the forecast starts from, yyyy-MM-dd (default: today)") { Default = ReportParameter.Today },
            new ReportParameter("months", ParameterKind.Integer, "months", "how many months ahead") { Default = "12", Min = 1, Max = 36 },
            ReportParameter.Department, ReportParameter.Agent, ReportParameter.Region, ReportParameter.Source,
            ReportParameter.Campaign, ReportParameter.Segment, ReportParameter.Category,
        ],
        [
            new("month_start", ColumnKind.Date), new("open_deals", ColumnKind.Integer),
            new("overdue_deals", ColumnKind.Integer, "expected to have closed before this month"),
            new("pipeline_amount", ColumnKind.Money), new("weighted_amount", ColumnKind.Money, "amount × win rate of the deal's stage"),
        ],
        new ReportChart(ChartKind.Bar, "month_start", ["pipeline_amount", "weighted_amount"]));

    private ForecastReport() { }
}
