namespace Crm.Dashboards.Reports.Plans;

/// <summary>Plan versus actual per agent or department and month: rpt_plan_vs_actual.sql.</summary>
public sealed class PlanVsActualReport : IReport
{
    public const string Name = "plan_vs_actual";

    public static ReportParameter Level { get; } = new("level", ParameterKind.Choice, "level", "a row per agent or per department, each month")
    {
        Choices = ["agent", "department"],
        Default = "agent",
    };

    public static ReportDefinition Definition { get; } = new(Name,
        new ReportTitle("Պլանի և փաստի համեմատություն", "Plan vs actual", "План-факт"),
        "Each month's sales target against the revenue the agent (or the department's agents) made: attainment and the gap still to close. A department's plan is its own target, or the sum of its agents' targets when it has none.",
        [.. ReportParameter.Period, Level, ReportParameter.Department, ReportParameter.Agent],
        [
            new("month_date", ColumnKind.Date, "first day of the month"),
            new("department_id", ColumnKind.Integer, "the agent's present department"),
            new("department_name", ColumnKind.Text),
            new("agent_id", ColumnKind.Integer, "empty on department rows"),
            new("agent_name", ColumnKind.Text),
            new("plan_amount", ColumnKind.Money, "the month's target"),
            new("actual_amount", ColumnKind.Money, "revenue of the sales in the month (within the period)"),
            new("attainment", ColumnKind.Share, "actual / plan; empty without a plan"),
            new("gap", ColumnKind.Money, "plan - actual: still missing, negative when exceeded"),
        ],
        new ReportChart(ChartKind.Bar, "month_date", ["plan_amount", "actual_amount"]));

    private PlanVsActualReport() { }
}
