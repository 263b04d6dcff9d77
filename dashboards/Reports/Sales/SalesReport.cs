namespace Crm.Dashboards.Reports.Sales;

/// <summary>Sales analysis: revenue, margin, units and discounts by product, category, agent or region, with the trend: rpt_sales.sql.</summary>
public sealed class SalesReport : IReport
{
    public const string Name = "sales";

    public static ReportParameter GroupBy { get; } = new("group_by", ParameterKind.Choice, "group_by", "what a row is: product, category, agent (who sold) or region")
    {
        Choices = ["product", "category", "agent", "region"],
        Default = "category",
    };

    public static ReportDefinition Definition { get; } = new(Name,
        new ReportTitle("Իրացումների վերլուծություն", "Sales analysis", "Анализ продаж"),
        "Sale lines of the period by product, category, agent or region: units, revenue, discounts and margin, and the revenue of the period of equal length just before, for the trend.",
        [.. ReportParameter.Period, GroupBy, ReportParameter.Department, ReportParameter.Agent, ReportParameter.Region, ReportParameter.Source,
         ReportParameter.Campaign, ReportParameter.Segment, ReportParameter.Category],
        [
            new("group_key", ColumnKind.Text, "product id, category code, agent id or region key"),
            new("group_name", ColumnKind.Text),
            new("quantity", ColumnKind.Number, "units sold"),
            new("revenue", ColumnKind.Money, "after discounts"),
            new("discount", ColumnKind.Money),
            new("discount_share", ColumnKind.Share, "discount / revenue before discounts"),
            new("margin", ColumnKind.Money, "revenue - cost"),
            new("margin_share", ColumnKind.Share, "margin / revenue"),
            new("previous_revenue", ColumnKind.Money, "revenue of the equally long period just before"),
            new("revenue_change", ColumnKind.Share, "(revenue - previous_revenue) / previous_revenue; empty without previous revenue"),
        ],
        new ReportChart(ChartKind.Bar, "group_name", ["revenue", "previous_revenue"]));

    private SalesReport() { }
}
