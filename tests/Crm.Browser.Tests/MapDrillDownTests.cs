using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Crm.Browser.Tests;

/// <summary>The map's drill-down in a real browser: a region on the map, or in the table, lists its customers with Google Maps links.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MapDrillDownTests(BrowserApp app, ITestOutputHelper output)
{
    private const string Map = "/dashboards/map?from=2025-01-01&to=2025-12-31&lang=en";

    [Fact]
    public async Task ClickingARegionOnTheMapListsItsCustomers()
    {
        await using var page = await app.OpenAsync();
        await page.GoToAsync(Map);
        Assert.Equal(0, await page.Page.Locator("table.customers").CountAsync());

        await page.FollowAsync(() => page.Page.Locator("svg.map a.drill.region[data-region=lori]").ClickAsync());

        Assert.StartsWith("Customers — Lori", await page.Page.Locator("#customers h2").InnerTextAsync());
        Assert.Contains("region=lori", page.Page.Url);
        await AssertCustomersLinkToGoogleMapsAsync(page.Page);
        Assert.Equal("true", await page.Page.Locator("table.regions tr[data-region=lori]").GetAttributeAsync("aria-current"));
        await Screenshots.SaveAsync(page.Page, "map-drill-lori", output);
        page.AssertClean();
    }

    [Fact]
    public async Task RegionLinkInTheTableAndTheWayBackWork()
    {
        await using var page = await app.OpenAsync();
        await page.GoToAsync(Map);

        await page.FollowAsync(() => page.Page.Locator("table.regions tr[data-region=shirak] a.drill").ClickAsync());
        Assert.Equal("Customers — Shirak", await page.Page.Locator("#customers h2").InnerTextAsync());
        await AssertCustomersLinkToGoogleMapsAsync(page.Page);

        await page.FollowAsync(() => page.Page.Locator("a.all-regions").ClickAsync());
        Assert.DoesNotContain("region=", page.Page.Url);
        Assert.Equal(0, await page.Page.Locator("table.customers").CountAsync());
        page.AssertClean();
    }

    private static async Task AssertCustomersLinkToGoogleMapsAsync(IPage page)
    {
        var rows = await page.Locator("table.customers tbody tr").CountAsync();
        var links = await page.Locator("table.customers a.gmaps").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        Assert.True(rows > 10, $"only {rows} customers listed");
        Assert.Equal(rows, links.Length);
        Assert.All(links, href => Assert.Matches(new Regex(@"^https://www\.google\.com/maps\?q=4[01]\.\d+,4[3-6]\.\d+$"), href));
    }
}
