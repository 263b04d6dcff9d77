namespace Crm.Dashboards.Reports.Deals;

/// <summary>Open deals nobody touches or that stand too long in their stage: rpt_stalled.sql.</summary>
public sealed class StalledReport : IReport
{
    public const string Name = "stalled";

    public static ReportDefinition Definition { get; } = new(Name,
        new ReportTitle("Կասեցված բանակցությունների վերլուծություն", "Stalled negotiations", "Анализ приостановленных переговоров"),
        "Deals open on the day that have had no activity for stalled_days days, or have stood in their stage more than "
        + "stage_factor times as long as deals usually do (the median of the stays that ended in the practice_days days up to "
        + "the day), largest first.",
        [
            new ReportParameter("as_of", ParameterKind.Date, "as_of", "the day the deals are judged on, yyyy-MM-dd (default: today)")
            {
                Default = ReportParameter.Today,
            },
            new ReportParameter("stalled_days", ParameterKind.Integer, "stalled_days", "days without activity that make a deal stalled")
            {
                Default = "30", Min = 1, Max = 3650,
            },
            new ReportParameter("stage_factor", ParameterKind.Integer, "stage_factor", "how many times the usual days in a stage make a deal slow")
            {
                Default = "2", Min = 1, Max = 100,
            },
            // A quarter by default: recent practice, and the stays to sort stay few (a year's took 30 ms at scale M).
            new ReportParameter("practice_days", ParameterKind.Integer, "practice_days", "the days of stage changes up to the day whose stays set the usual duration")
            {
                Default = "90", Min = 7, Max = 3650,
            },
            ReportParameter.Department,
            ReportParameter.Agent,
            ReportParameter.Limit,
        ],
        [
            new("deal_id", ColumnKind.Integer),
            new("customer_id", ColumnKind.Integer, "the root customer"),
            new("customer_name", ColumnKind.Text),
            new("owner_agent_id", ColumnKind.Integer),
            new("owner_name", ColumnKind.Text),
            new("stage_code", ColumnKind.Text, "the deal's stage on the day"),
            new("stage_name_hy", ColumnKind.Text),
            new("stage_name_en", ColumnKind.Text),
            new("stage_name_ru", ColumnKind.Text),
            new("amount", ColumnKind.Money),
            new("last_activity_date", ColumnKind.Date, "the deal's latest activity; empty when it has none"),
            new("days_since_last_activity", ColumnKind.Days, "since the latest activity, or since the opening when there is none"),
            new("days_in_stage", ColumnKind.Days),
            new("usual_days_in_stage", ColumnKind.Days, "the median days deals stood in the stage before leaving it, over the practice_days days up to the day"),
            new("reason", ColumnKind.Text, "no_activity, slow_stage or both"),
        ]);

    private StalledReport() { }
}
