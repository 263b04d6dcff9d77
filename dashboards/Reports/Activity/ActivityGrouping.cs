namespace Crm.Dashboards.Reports.Activity;

/// <summary>
/// What the journal reports share: the period and the filters fct_activity honours, a group_by choice, and the
/// group's key and name as the first two columns. The key stays text whatever the grouping (an agent's or a
/// department's id, a month as yyyy-MM, an hour, an outcome), so one column serves every choice.
/// </summary>
internal static class ActivityGrouping
{
    public static IReadOnlyList<ReportParameter> Parameters(params string[] groupings) =>
    [
        .. ReportParameter.Period,
        ReportParameter.Department,
        ReportParameter.Agent,
        new ReportParameter("group_by", ParameterKind.Choice, "group_by", $"one row per {string.Join(", ", groupings)}")
        {
            Choices = groupings,
            Default = groupings[0],
        },
    ];

    public static IReadOnlyList<ReportColumn> Columns(params ReportColumn[] figures) =>
    [
        new("group_key", ColumnKind.Text, "the group: an agent or department id, a month as yyyy-MM, an hour, an outcome"),
        new("group_name", ColumnKind.Text, "the group as a reader knows it: the agent's or department's name, the month..."),
        .. figures,
    ];
}
