namespace Crm.Dashboards.Reports.Activity;

/// <summary>
/// The columns of the meetings and the visits reports, which read face-to-face contact the same way: held when it
/// has a completion time or an outcome saying how it went (positive, neutral, negative), and how long it took.
/// </summary>
internal static class FaceToFace
{
    public static IReadOnlyList<ReportColumn> Columns(string counted) => ActivityGrouping.Columns(
        new(counted, ColumnKind.Integer),
        new("completed", ColumnKind.Integer, "held: completed, or with an outcome saying how it went"),
        new("completed_share", ColumnKind.Share),
        new("positive", ColumnKind.Integer),
        new("neutral", ColumnKind.Integer),
        new("negative", ColumnKind.Integer),
        new("other_outcome", ColumnKind.Integer, "another outcome (open, cancelled...) or none"),
        new("positive_share", ColumnKind.Share, $"positive of all {counted}"),
        new("total_duration_seconds", ColumnKind.Integer),
        new("avg_duration_seconds", ColumnKind.Number));

    public static ReportChart Chart(string counted) => new(ChartKind.Bar, "group_name", [counted, "positive"]);
}
