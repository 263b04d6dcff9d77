using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Crm.Browser.Tests;

/// <summary>Report pages' drill-down in a real browser: a funnel stage opens its deals, a partner its deals.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportDrillDownTests(BrowserApp app, ITestOutputHelper output)
{
    private const string Period = "from=2025-01-01&to=2025-12-31&lang=en";

    [Theory]
    [InlineData("funnel", "reached=")]
    [InlineData("partners", "partner=")]
    public async Task ADrillDownLinkOpensTheDealsBehindTheFigure(string report, string filter)
    {
        await using var page = await app.OpenAsync();
        await page.GoToAsync($"/dashboards/reports/{report}?{Period}");
        var link = page.Page.Locator($"table.report a.drill[href*='{filter}']").First;
        Assert.True(await link.CountAsync() > 0, $"the {report} table has no drill-down link with {filter}");

        await page.FollowAsync(() => link.ClickAsync());

        Assert.Contains("/dashboards/reports/deals", page.Page.Url);
        Assert.Contains(filter, page.Page.Url);
        var rows = await page.Page.Locator("table.report tbody tr").CountAsync();
        Assert.True(rows > 0, $"the deals behind the {report} figure are missing");
        await Screenshots.SaveAsync(page.Page, $"drill-{report}-deals", output);
        page.AssertClean();
    }
}
