namespace Crm.Dashboards.Reports.Activity;

/// <summary>Incoming and outgoing calls: how many, how long, how many answered: rpt_calls.sql.</summary>
public sealed class CallsReport : IReport
{
    public const string Name = "calls";

    public static ReportDefinition Definition { get; } = new(Name,
        new ReportTitle("Հեռախոսազանգերի վերլուծություն", "Calls analysis", "Анализ звонков"),
        "Incoming and outgoing calls of the period by agent, month, hour of the day (UTC) or outcome: their number and "
        + "duration, how many were answered and how the others ended.",
        ActivityGrouping.Parameters("agent", "month", "hour_of_day", "outcome"),
        ActivityGrouping.Columns(
            new("direction", ColumnKind.Text, "in (call_in) or out (call_out)"),
            new("calls", ColumnKind.Integer),
            new("answered", ColumnKind.Integer),
            new("answered_share", ColumnKind.Share, "answered of all calls"),
            new("no_answer", ColumnKind.Integer),
            new("busy", ColumnKind.Integer),
            new("voicemail", ColumnKind.Integer),
            new("other_outcome", ColumnKind.Integer, "calls with another outcome or none"),
            new("total_duration_seconds", ColumnKind.Integer),
            new("avg_duration_seconds", ColumnKind.Number, "over all calls, unanswered ones at their few seconds"),
            new("avg_answered_duration_seconds", ColumnKind.Number, "over the answered calls: the talk time")),
        new ReportChart(ChartKind.Bar, "group_name", ["calls", "answered"]));

    private CallsReport() { }
}
