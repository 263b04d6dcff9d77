namespace Crm.Dashboards.Reports.Activity;

/// <summary>The journal's 16 activity types counted per agent, department or month: rpt_activity.sql.</summary>
public sealed class ActivityReport : IReport
{
    public const string Name = "activity";

    /// <summary>
    /// The 16 types of dim_activity_type in its order, with their English names. The report has a column per type,
    /// named by its code, so a table and a stacked bar chart read it as is; their hy/en/ru names are in the dimension.
    /// </summary>
    public static IReadOnlyList<(string Code, string NameEn)> Types { get; } =
    [
        ("event", "Event"), ("task", "Task"), ("inquiry", "Customer inquiry"), ("agreement", "Agreement"),
        ("call_out", "Outgoing call"), ("call_in", "Incoming call"), ("meeting", "Meeting"), ("visit", "Visit"),
        ("sms", "SMS"), ("email", "E-mail"), ("sale", "Sale"), ("payment", "Payment from customer"),
        ("expense", "Expense"), ("refund", "Refund to customer"), ("bank_payment", "Bank payment"), ("deal", "Deal"),
    ];

    public static ReportDefinition Definition { get; } = new(Name,
        new ReportTitle("Գործառույթների ակտիվության վերլուծություն", "Activity analysis", "Анализ активности"),
        "How many journal entries of each of the 16 activity types were made in the period, per agent, department or month.",
        ActivityGrouping.Parameters("agent", "department", "month"),
        ActivityGrouping.Columns(
        [
            .. Types.Select(t => new ReportColumn(t.Code, ColumnKind.Integer, t.NameEn)),
            new("total", ColumnKind.Integer, "entries of all types"),
        ]),
        new ReportChart(ChartKind.Bar, "group_name", [.. Types.Select(t => t.Code)]));

    private ActivityReport() { }
}
