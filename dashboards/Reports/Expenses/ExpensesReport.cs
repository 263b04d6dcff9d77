namespace Crm.Dashboards.Reports.Expenses;

/// <summary>Expenses by category, campaign, department or month against the revenue of the same group: rpt_expenses.sql.</summary>
public sealed class ExpensesReport : IReport
{
    public const string Name = "expenses";

    public static ReportParameter GroupBy { get; } = new("group_by", ParameterKind.Choice, "group_by",
        "one row per expense category, campaign, department or month")
    {
        Choices = ["category", "campaign", "department", "month"],
        Default = "category",
    };

    public static ReportDefinition Definition { get; } = new(Name,
        new ReportTitle("Ծախսերի վերլուծություն", "Expense analysis", "Анализ расходов"),
        "Expenses of the period by category, campaign, department or month: amount, count and share, set against the sales " +
        "revenue of the same group in the period (the total revenue for a category). An agent sees the expenses they made.",
        [.. ReportParameter.Period, ReportParameter.Department, ReportParameter.Agent, ReportParameter.Campaign, ReportParameter.Region, GroupBy],
        [
            new("group_key", ColumnKind.Text, "the category code, campaign id, department id or month (yyyy-MM)"),
            new("group_name", ColumnKind.Text),
            new("amount", ColumnKind.Money, "expenses' amount"),
            new("expenses", ColumnKind.Integer, "number of expenses"),
            new("share_of_total", ColumnKind.Share, "share of all expenses in the report"),
            new("revenue", ColumnKind.Money, "sales revenue of the same group in the period; the total revenue for a category"),
            new("expense_to_revenue", ColumnKind.Number, "amount / revenue; empty without revenue"),
        ],
        new ReportChart(ChartKind.Bar, "group_name", ["amount"]));

    private ExpensesReport() { }
}
