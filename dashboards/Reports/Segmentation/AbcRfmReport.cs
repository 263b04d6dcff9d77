namespace Crm.Dashboards.Reports.Segmentation;

/// <summary>ABC and RFM segmentation, one row per customer who bought in the period: rpt_abc_rfm.sql (its header has the rules).</summary>
public sealed class AbcRfmReport : IReport
{
    public const string Name = "abc_rfm";

    public static ReportDefinition Definition { get; } = new(Name,
        new ReportTitle("Հաճախորդների սեգմենտավորում (ABC/RFM)", "Customer segmentation (ABC/RFM)", "Сегментация клиентов (ABC/RFM)"),
        "Customers who bought in the period: ABC class by their share of the revenue (A up to 80%, B up to 95%, C the rest), recency, frequency and monetary value with 1-5 quintile scores, and the RFM segment (champions, loyal, new, promising, at_risk, lost).",
        [.. ReportParameter.Period, ReportParameter.Department, ReportParameter.Agent, ReportParameter.Region, ReportParameter.Source,
         ReportParameter.Campaign, ReportParameter.Segment, ReportParameter.Category, ReportParameter.Limit],
        [
            new("customer_id", ColumnKind.Integer, "the root customer (merged duplicates count for it)"),
            new("customer_name", ColumnKind.Text),
            new("monetary", ColumnKind.Money, "revenue in the period"),
            new("cumulative_share", ColumnKind.Share, "share of the revenue of this customer and all bigger ones"),
            new("abc_class", ColumnKind.Text, "A, B or C"),
            new("last_purchase_date", ColumnKind.Date, "last sale or payment in the period"),
            new("recency_days", ColumnKind.Days, "days from the last purchase to the end of the period"),
            new("frequency", ColumnKind.Integer, "sales in the period"),
            new("r_score", ColumnKind.Integer, "1-5, 5 = most recent"),
            new("f_score", ColumnKind.Integer, "1-5, 5 = most frequent"),
            new("m_score", ColumnKind.Integer, "1-5, 5 = most revenue"),
            new("rfm_segment", ColumnKind.Text, "champions, loyal, new, promising, at_risk or lost"),
        ],
        new ReportChart(ChartKind.Bar, "customer_name", ["monetary"]));

    private AbcRfmReport() { }
}
