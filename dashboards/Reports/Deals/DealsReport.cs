namespace Crm.Dashboards.Reports.Deals;

/// <summary>The deals themselves, open, won and lost: the list a funnel stage or a partner drills down to: rpt_deals.sql.</summary>
public sealed class DealsReport : IReport
{
    public const string Name = "deals";

    /// <summary>The stages of dim_deal_stage in their order; a deal stands in one of them.</summary>
    public static IReadOnlyList<string> Stages { get; } = ["lead", "qualified", "proposal", "negotiation", "won", "lost"];

    public static ReportParameter Stage { get; } = new("stage", ParameterKind.Choice, "stage", "the stage the deal stands in now")
    {
        Choices = Stages,
    };

    public static ReportParameter Reached { get; } = new("reached", ParameterKind.Choice, "reached",
        "a stage the deal has reached or passed: a funnel stage's deals")
    {
        Choices = [.. Stages.Where(s => s != "lost")],
    };

    public static ReportParameter Status { get; } = new("status", ParameterKind.Choice, "status", "open, won or lost")
    {
        Choices = ["open", "won", "lost"],
    };

    public static ReportDefinition Definition { get; } = new(Name,
        new ReportTitle("Գործարքներ", "Deals", "Сделки"),
        "Deals opened in the period with their stage, status, customer, owner, partner and amount, largest first: what a funnel "
        + "stage, a partner or a region consists of. 'reached' keeps the deals that got at least as far as a stage, as the funnel counts them.",
        [.. ReportParameter.Period, Stage, Reached, Status, ReportParameter.Department, ReportParameter.Agent, ReportParameter.Region,
         ReportParameter.Source, ReportParameter.Campaign, ReportParameter.Partner, ReportParameter.Limit],
        [
            new("deal_id", ColumnKind.Integer),
            new("opened_date", ColumnKind.Date),
            new("expected_close_date", ColumnKind.Date),
            new("closed_date", ColumnKind.Date, "empty while the deal is open"),
            new("status", ColumnKind.Text, "open, won or lost"),
            new("stage_code", ColumnKind.Text),
            new("stage_name_hy", ColumnKind.Text),
            new("stage_name_en", ColumnKind.Text),
            new("stage_name_ru", ColumnKind.Text),
            new("amount", ColumnKind.Money),
            new("customer_id", ColumnKind.Integer, "the root customer"),
            new("customer_name", ColumnKind.Text),
            new("owner_agent_id", ColumnKind.Integer),
            new("owner_name", ColumnKind.Text),
            new("partner_id", ColumnKind.Integer, "-1: no partner"),
            new("partner_name", ColumnKind.Text),
            new("department_id", ColumnKind.Integer),
            new("department_name", ColumnKind.Text),
            new("region_key", ColumnKind.Text, "the customer's region"),
            new("region_name", ColumnKind.Text),
        ]);

    private DealsReport() { }
}
