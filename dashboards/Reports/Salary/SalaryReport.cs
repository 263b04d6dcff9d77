namespace Crm.Dashboards.Reports.Salary;

/// <summary>Agents' pay per month with the won deals their commission is paid on: rpt_salary.sql.</summary>
public sealed class SalaryReport : IReport
{
    public const string Name = "salary";

    public static ReportDefinition Definition { get; } = new(Name,
        new ReportTitle("Աշխատավարձ", "Salary", "Заработная плата"),
        "Each agent's base pay and commission for the months of the period, with the deals the agent won that month (the " +
        "commission's base), the agent's own sales revenue and the commission recomputed from the won deals and the " +
        "agent's commission rate. An agent sees their own salary.",
        [.. ReportParameter.Period, ReportParameter.Department, ReportParameter.Agent],
        [
            new("period_date", ColumnKind.Date, "the month paid for"),
            new("agent_id", ColumnKind.Integer), new("agent_name", ColumnKind.Text),
            new("department_id", ColumnKind.Integer, "the agent's department"),
            new("base_amount", ColumnKind.Money), new("commission_amount", ColumnKind.Money), new("total_amount", ColumnKind.Money),
            new("won_deals", ColumnKind.Integer, "deals the agent won that month"),
            new("won_amount", ColumnKind.Money, "their amount: what commission is paid on"),
            new("sales_revenue", ColumnKind.Money, "revenue of the agent's own sales that month"),
            new("commission_share_of_revenue", ColumnKind.Share, "commission / won amount: the rate actually paid"),
            new("recomputed_commission", ColumnKind.Money, "won amount x the agent's commission rate, rounded half to even to whole dram"),
        ],
        new ReportChart(ChartKind.Bar, "agent_name", ["base_amount", "commission_amount"]));

    private SalaryReport() { }
}
