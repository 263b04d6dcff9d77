namespace Crm.Dashboards.Reports.Marketing;

/// <summary>Revenue of won deals attributed to the campaigns that touched the customer before: rpt_attribution.sql.</summary>
public sealed class AttributionReport : IReport
{
    public const string Name = "attribution";

    public static IReadOnlyList<string> Models { get; } = ["first_touch", "last_touch", "linear", "time_decay", "position_based"];

    public static ReportParameter Model { get; } = new("model", ParameterKind.Choice, "model",
        "how a won deal is shared among its touches: first_touch, last_touch, linear (default), time_decay or position_based (40/20/40)")
    {
        Default = "linear",
        Choices = Models,
    };

    public static ReportParameter LookbackDays { get; } = new("lookback_days", ParameterKind.Integer, "lookback_days",
        "days before a deal's close in which a campaign's touch counts")
    {
        Default = "90",
        Min = 1,
        Max = 730,
    };

    public static ReportParameter HalfLifeDays { get; } = new("half_life_days", ParameterKind.Integer, "half_life_days",
        "time_decay only: a touch this many days older than another weighs half as much")
    {
        Default = "7",
        Min = 1,
        Max = 365,
    };

    public static ReportDefinition Definition { get; } = new(Name,
        new ReportTitle("Եկամտի վերագրումն ըստ մարքեթինգային միջոցառումների", "Campaign attribution", "Атрибуция выручки по маркетинговым мероприятиям"),
        "The amounts of the deals won in the period shared among the campaigns whose activities touched the customer in the "
        + "lookback window before the close, by the chosen attribution model.",
        [.. ReportParameter.Period, ReportParameter.Department, ReportParameter.Agent, ReportParameter.Region, ReportParameter.Source,
         ReportParameter.Campaign, Model, LookbackDays, HalfLifeDays],
        [
            new("campaign_id", ColumnKind.Integer), new("campaign_name", ColumnKind.Text),
            new("source_code", ColumnKind.Text, "the campaign's acquisition source"),
            new("attributed_revenue", ColumnKind.Money, "the campaign's share of the won deals' amounts"),
            new("attributed_conversions", ColumnKind.Number, "its share of the won deals (the sum of its weights)"),
            new("touches", ColumnKind.Integer, "its activities in the windows of those deals"),
        ],
        new ReportChart(ChartKind.Bar, "campaign_name", ["attributed_revenue"]))
    {
        ForMarketers = true,
    };

    private AttributionReport() { }
}
