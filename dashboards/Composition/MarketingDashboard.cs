using Crm.Dashboards.Reports;
using Crm.Dashboards.Reports.Marketing;

namespace Crm.Dashboards.Composition;

/// <summary>The marketing page: leads and their conversion by source, each campaign's return, and revenue attributed to campaigns.</summary>
public static class MarketingDashboard
{
    public const string Name = "marketing";

    public static IReadOnlyList<ReportDefinition> Reports { get; } = [AcquisitionReport.Definition, AttributionReport.Definition];

    public static DashboardView Build(DashboardContext context, string scopeLabel)
    {
        var words = context.Words;
        var format = context.Format;
        var sources = context.Run(AcquisitionReport.Definition, ("group_by", "source"));
        var campaigns = context.Run(AcquisitionReport.Definition, ("group_by", "campaign"));
        var attribution = context.Run(AttributionReport.Definition, ("model", "linear"));

        var leads = DashboardContext.Sum(sources.Result, "leads");
        var converted = DashboardContext.Sum(sources.Result, "converted");
        var wonRevenue = DashboardContext.Sum(campaigns.Result, "won_revenue");
        var cost = DashboardContext.Sum(campaigns.Result, "cost");
        Kpi[] kpis =
        [
            new(Localization.Labels.Column("leads", context.Language), format.Count((long)leads),
                $"{Localization.Labels.Column("conversion", context.Language)}: {format.Percent(leads == 0 ? null : (double)(converted / leads))}"),
            new(Localization.Labels.Column("won_revenue", context.Language), format.Money(wonRevenue)),
            new(Localization.Labels.Column("cost", context.Language), format.Money(cost),
                $"ROI: {(cost == 0 ? "—" : format.Percent((double)((wonRevenue - cost) / cost)))}"),
        ];
        Panel[] panels =
        [
            context.Panel("sources", words.Sources, sources, "name", "leads", "converted", "conversion", "won_revenue", "cost", "roi"),
            context.Panel("campaigns", words.CampaignRoi, campaigns,
                "name", "source_code", "leads", "won_revenue", "cost", "roi", "cost_per_acquired_customer") with { MaxRows = 15 },
            context.Panel("attribution", words.Attribution, attribution,
                "campaign_name", "source_code", "attributed_revenue", "attributed_conversions", "touches") with { MaxRows = 15 },
        ];
        return new DashboardView(Name, words.Marketing, context.Language, context.Facts(scopeLabel), context.WarehouseAsOf, kpis, panels)
        {
            Period = (context.From, context.To),
        };
    }
}
