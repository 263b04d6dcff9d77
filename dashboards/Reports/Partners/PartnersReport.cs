namespace Crm.Dashboards.Reports.Partners;

/// <summary>Partner comparison: rpt_partners.sql.</summary>
public sealed class PartnersReport : IReport
{
    public const string Name = "partners";

    public static ReportDefinition Definition { get; } = new(Name,
        new ReportTitle("Գործընկերների համեմատական վերլուծություն", "Partner comparison", "Сравнительный анализ партнёров"),
        "Partners side by side: sales through each in the period against the period before, the deals they brought and how many "
        + "were won, and how long their customers take to pay. Partner -1 is business that came through no partner.",
        [.. ReportParameter.Period, ReportParameter.Department, ReportParameter.Agent, ReportParameter.Region, ReportParameter.Partner],
        [
            new("partner_id", ColumnKind.Integer), new("partner_name", ColumnKind.Text), new("partner_kind", ColumnKind.Text),
            new("revenue", ColumnKind.Money, "sales through the partner in the period"),
            new("previous_revenue", ColumnKind.Money, "the same in the equally long period before"),
            new("revenue_trend", ColumnKind.Number, "(revenue - previous_revenue) / previous_revenue; 0.25 = +25%"),
            new("deals", ColumnKind.Integer, "deals through the partner opened in the period"),
            new("won_deals", ColumnKind.Integer, "of them, won"),
            new("conversion", ColumnKind.Share, "won_deals / deals"),
            new("average_won_deal", ColumnKind.Money, "mean amount of those won deals"),
            new("payment_days", ColumnKind.Days, "days from a sale of the period to its payments, weighted by the amount paid"),
            new("days_past_due", ColumnKind.Days, "days those payments came after their due date (0 when on time), weighted alike"),
        ],
        new ReportChart(ChartKind.Bar, "partner_name", ["revenue", "previous_revenue"]))
    {
        Drills =
        [
            new ReportDrill("partner_name", "deals", [new ReportDrillKey("partner", "partner_id")]),
            new ReportDrill("deals", "deals", [new ReportDrillKey("partner", "partner_id")]),
        ],
    };

    private PartnersReport() { }
}
