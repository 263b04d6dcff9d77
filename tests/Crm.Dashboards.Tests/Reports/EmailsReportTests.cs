using Crm.Dashboards.Reports;
using Crm.Dashboards.Reports.Activity;
using Crm.Testing;

namespace Crm.Dashboards.Tests.Reports;

/// <summary>The sent e-mails report from the warehouse against the journal counted on PostgreSQL.</summary>
public sealed class EmailsReportTests(DemoWarehouse demo) : JournalReportTests(demo), IClassFixture<DemoWarehouse>
{
    protected override ReportDefinition Report => EmailsReport.Definition;
    protected override string[] Types => ["email"];
    protected override string Counted => "emails";
    protected override string[] Figures =>
    [
        "emails", "delivered", "opened", "clicked", "bounced", "other_outcome",
        "delivered_rate", "open_rate", "click_rate", "bounce_rate",
    ];

    [Fact]
    public async Task EveryAgentsEmailsNarrowFromSentToDeliveredToOpenedToClicked()
    {
        var result = await ReportAssert.MatchesOracleAsync(Demo, Arguments(("group_by", "agent")), ReportScope.All, Keys, Figures);

        foreach (var row in result.Rows)
        {
            long At(string column) => Convert.ToInt64(row[result.Ordinal(column)]);
            Assert.True(At("emails") >= At("delivered") + At("bounced") && At("delivered") >= At("opened") && At("opened") >= At("clicked"),
                $"agent {row[0]}: {At("emails")} sent, {At("delivered")} delivered, {At("opened")} opened, {At("clicked")} clicked");
        }
        Assert.InRange(Sum(result, "bounced") / Sum(result, "emails"), 0.02, 0.2);
        Assert.InRange(Sum(result, "clicked") / Sum(result, "delivered"), 0.05, 0.5);
    }
}
