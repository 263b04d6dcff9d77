namespace Crm.Dashboards.Reports.Activity;

/// <summary>Visits: how many, how many held, how they went, how long: rpt_visits.sql.</summary>
public sealed class VisitsReport : IReport
{
    public const string Name = "visits";

    public static ReportDefinition Definition { get; } = new(Name,
        new ReportTitle("Այցելությունների վերլուծություն", "Visits analysis", "Анализ визитов"),
        "Visits of the period by agent, month or department: how many were held, how they went and how long they took.",
        ActivityGrouping.Parameters("agent", "month", "department"),
        FaceToFace.Columns("visits"),
        FaceToFace.Chart("visits"));

    private VisitsReport() { }
}
