namespace Crm.Dashboards.Reports.Sales;

/// <summary>Pareto (80/20): customers ranked by revenue with the running share, the curve and the top-20% list in one: rpt_pareto.sql.</summary>
public sealed class ParetoReport : IReport
{
    public const string Name = "pareto";

    public static ReportDefinition Definition { get; } = new(Name,
        new ReportTitle("Պարետոյի վերլուծություն (20/80)", "Pareto analysis (80/20)", "Анализ Парето (80/20)"),
        "Customers who bought in the period ranked by revenue, with the cumulative revenue and its share: what share of the customers brings what share of the revenue, and who the top 20% are.",
        [.. ReportParameter.Period, ReportParameter.Department, ReportParameter.Agent, ReportParameter.Region, ReportParameter.Source,
         ReportParameter.Campaign, ReportParameter.Segment, ReportParameter.Category, ReportParameter.Limit],
        [
            new("rank", ColumnKind.Integer, "1 = the most revenue; ties by customer id"),
            new("customer_id", ColumnKind.Integer, "the root customer (merged duplicates count for it)"),
            new("customer_name", ColumnKind.Text),
            new("revenue", ColumnKind.Money),
            new("cumulative_revenue", ColumnKind.Money, "revenue of this customer and all ranked before"),
            new("cumulative_share", ColumnKind.Share, "cumulative_revenue / all the revenue"),
            new("customer_share", ColumnKind.Share, "rank / customers"),
            new("is_top_20", ColumnKind.Text, "true for the first 20% of the customers"),
        ],
        new ReportChart(ChartKind.Line, "customer_share", ["cumulative_share"]));

    private ParetoReport() { }
}
