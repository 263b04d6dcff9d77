namespace Crm.Dashboards.Reports.Customers;

/// <summary>The customers themselves with their place, owner and lifetime revenue: the list a region drills down to: rpt_customers.sql.</summary>
public sealed class CustomersReport : IReport
{
    public const string Name = "customers";

    public static ReportDefinition Definition { get; } = new(Name,
        new ReportTitle("Գնորդներ", "Customers", "Покупатели"),
        "Live root customers (merged duplicates count for them) as they are now: region, town and coordinates, segment, owner "
        + "and department, and their revenue over all time, the biggest first.",
        [ReportParameter.Region, ReportParameter.City, ReportParameter.Segment, ReportParameter.Department, ReportParameter.Agent,
         ReportParameter.Source, ReportParameter.Limit],
        [
            new("customer_id", ColumnKind.Integer),
            new("customer_name", ColumnKind.Text),
            new("customer_kind", ColumnKind.Text, "person or company"),
            new("segment", ColumnKind.Text, "retail, vip, smb or corporate"),
            new("lifecycle", ColumnKind.Text, "lead, prospect, buyer or lost"),
            new("region_key", ColumnKind.Text),
            new("region_name", ColumnKind.Text),
            new("city", ColumnKind.Text),
            new("latitude", ColumnKind.Number),
            new("longitude", ColumnKind.Number),
            new("owner_agent_id", ColumnKind.Integer, "the owner now"),
            new("owner_name", ColumnKind.Text),
            new("department_id", ColumnKind.Integer),
            new("department_name", ColumnKind.Text),
            new("created_date", ColumnKind.Date),
            new("lifetime_revenue", ColumnKind.Money, "revenue of all the customer's sales"),
            new("last_sale_date", ColumnKind.Date, "empty when the customer never bought"),
        ]);

    private CustomersReport() { }
}
