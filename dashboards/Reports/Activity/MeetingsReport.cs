namespace Crm.Dashboards.Reports.Activity;

/// <summary>Meetings: how many, how many held, how they went, how long: rpt_meetings.sql.</summary>
public sealed class MeetingsReport : IReport
{
    public const string Name = "meetings";

    public static ReportDefinition Definition { get; } = new(Name,
        new ReportTitle("Հանդիպումների վերլուծություն", "Meetings analysis", "Анализ встреч"),
        "Meetings of the period by agent, month or department: how many were held, how they went and how long they took.",
        ActivityGrouping.Parameters("agent", "month", "department"),
        FaceToFace.Columns("meetings"),
        FaceToFace.Chart("meetings"));

    private MeetingsReport() { }
}
