using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Crm.Browser.Tests;

/// <summary>Every dashboard page in a real headless Chromium: it loads cleanly, its filters work and it speaks Russian when asked.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardPageTests(BrowserApp app, ITestOutputHelper output)
{
    private const string Filters = "form#filters, form.filters";
    private const string Chart = "figure.chart svg";
    private const string Table = "table.report, main table";

    [Theory]
    [MemberData(nameof(DashboardPages.All), MemberType = typeof(DashboardPages))]
    public async Task PageLoadsWithNoConsoleErrorAndNoFailedRequest(string name, string url)
    {
        await using var page = await app.OpenAsync();

        await page.GoToAsync(url);

        Assert.True(await page.Page.Locator("h1").IsVisibleAsync(), "the page has no visible title");
        if (DashboardPages.HasChart(name)) Assert.True(await page.Page.Locator(Chart).CountAsync() > 0, "the page has no chart");
        Assert.True(await page.Page.Locator(Table).CountAsync() > 0, "the page has no table");
        await Screenshots.SaveAsync(page.Page, name, output);
        page.AssertClean();
    }

    [Theory]
    [MemberData(nameof(DashboardPages.All), MemberType = typeof(DashboardPages))]
    public async Task LanguageSwitchToRussianChangesTheTitle(string name, string url)
    {
        await using var page = await app.OpenAsync();
        await page.GoToAsync(url + "&lang=en");
        var english = await page.Page.TitleAsync();

        // The page's own language links when it has them, else the query parameter they set.
        var russianLink = page.Page.Locator("nav.languages a[hreflang=ru]");
        if (await russianLink.CountAsync() > 0) await page.FollowAsync(() => russianLink.ClickAsync());
        else await page.GoToAsync(url + "&lang=ru");

        var russian = await page.Page.TitleAsync();
        Assert.NotEqual(english, russian);
        Assert.Matches("[А-Яа-яЁё]", russian);
        Assert.Equal("ru", await page.Page.Locator("html").GetAttributeAsync("lang"));
        Assert.Contains("lang=ru", page.Page.Url);
        await Screenshots.SaveAsync(page.Page, name + "-ru", output);
        page.AssertClean();
    }

    [Theory]
    [MemberData(nameof(DashboardPages.FilterChangeNames), MemberType = typeof(DashboardPages))]
    public async Task FilterChangeUpdatesChartAndTable(string name)
    {
        var (url, parameter, change) = DashboardPages.FilterChanges[name];
        await using var page = await app.OpenAsync();
        await page.GoToAsync(url);
        var chartBefore = await page.Page.Locator(Chart).First.InnerHTMLAsync();
        var tableBefore = await page.Page.Locator(Table).First.InnerTextAsync();

        var form = page.Page.Locator(Filters).First;
        await change(form);
        await page.FollowAsync(() => form.Locator("button[type=submit]").ClickAsync());

        Assert.Contains(parameter, page.Page.Url);
        Assert.NotEqual(chartBefore, await page.Page.Locator(Chart).First.InnerHTMLAsync());
        Assert.NotEqual(tableBefore, await page.Page.Locator(Table).First.InnerTextAsync());
        await Screenshots.SaveAsync(page.Page, name + "-filtered", output);
        page.AssertClean();
    }
}
