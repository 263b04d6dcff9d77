namespace Crm.Dashboards.Reports.Marketing;

/// <summary>Acquisition sources and campaign ROI: rpt_acquisition.sql.</summary>
public sealed class AcquisitionReport : IReport
{
    public const string Name = "acquisition";

    public static ReportParameter GroupBy { get; } = new("group_by", ParameterKind.Choice, "group_by",
        "one row per acquisition source (default) or per campaign")
    {
        Default = "source",
        Choices = ["source", "campaign"],
    };

    public static ReportDefinition Definition { get; } = new(Name,
        new ReportTitle("Հաճախորդների ներգրավման աղբյուրների վերլուծություն", "Acquisition sources analysis", "Анализ источников привлечения"),
        "Customers acquired in the period by source or campaign, how many of them won a deal by the period's end and for how much, "
        + "what the campaigns spent in the months beginning in the period, and the return on it.",
        [.. ReportParameter.Period, ReportParameter.Department, ReportParameter.Source, ReportParameter.Campaign, GroupBy],
        [
            new("source_code", ColumnKind.Text, "acquisition source (by campaign: the campaign's source)"),
            new("campaign_id", ColumnKind.Integer, "the campaign, by campaign; empty by source (-1: no campaign)"),
            new("name", ColumnKind.Text, "the source's or the campaign's name"),
            new("leads", ColumnKind.Integer, "customers created in the period"),
            new("converted", ColumnKind.Integer, "of them, customers with a deal won by the period's end"),
            new("conversion", ColumnKind.Share, "converted / leads"),
            new("won_revenue", ColumnKind.Money, "the amounts of those won deals"),
            new("cost", ColumnKind.Money, "campaign spending in the months beginning in the period (none in an agent's scope)"),
            new("roi", ColumnKind.Number, "(won_revenue - cost) / cost; empty without cost"),
            new("cost_per_acquired_customer", ColumnKind.Money, "cost / leads; empty without cost or leads"),
        ],
        new ReportChart(ChartKind.Bar, "name", ["won_revenue", "cost"]))
    {
        ForMarketers = true,
    };

    private AcquisitionReport() { }
}
