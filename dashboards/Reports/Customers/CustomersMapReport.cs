namespace Crm.Dashboards.Reports.Customers;

/// <summary>Customers by region or town with map coordinates: rpt_customers_map.sql.</summary>
public sealed class CustomersMapReport : IReport
{
    public const string Name = "customers_map";

    public static ReportParameter Level { get; } = new("level", ParameterKind.Choice, "level", "one row per region or per town")
    {
        Choices = ["region", "city"],
        Default = "city",
    };

    public static ReportDefinition Definition { get; } = new(Name,
        new ReportTitle("Բաշխվածությունն ըստ քարտեզի", "Distribution on the map", "Распределение по карте"),
        "Live customers (as they are now, created by the end of the period) by region or town with coordinates for the map, " +
        "those created in the period and their sales revenue in the period. Customers with no region are one 'unknown' row.",
        [.. ReportParameter.Period, ReportParameter.Department, ReportParameter.Agent, ReportParameter.Source, ReportParameter.Segment, Level],
        [
            new("region_key", ColumnKind.Text), new("region_name", ColumnKind.Text),
            new("city", ColumnKind.Text, "the town; empty at the region level"),
            new("latitude", ColumnKind.Number, "average of the customers' latitudes"),
            new("longitude", ColumnKind.Number, "average of the customers' longitudes"),
            new("customers", ColumnKind.Integer, "live customers created by the end of the period"),
            new("new_customers", ColumnKind.Integer, "of them, created in the period"),
            new("revenue", ColumnKind.Money, "their sales revenue in the period"),
            new("share_of_customers", ColumnKind.Share, "share of all customers in the report"),
        ],
        new ReportChart(ChartKind.Map, "region_name", ["customers"]))
    {
        Drills =
        [
            new ReportDrill("region_name", "customers", [new ReportDrillKey("region", "region_key")]),
            new ReportDrill("city", "customers", [new ReportDrillKey("region", "region_key"), new ReportDrillKey("city", "city")]),
            new ReportDrill("customers", "customers", [new ReportDrillKey("region", "region_key"), new ReportDrillKey("city", "city")]),
        ],
    };

    private CustomersMapReport() { }
}
