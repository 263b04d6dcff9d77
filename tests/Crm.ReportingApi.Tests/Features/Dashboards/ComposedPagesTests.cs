using System.Net;
using System.Text.RegularExpressions;
using Crm.Testing;

namespace Crm.ReportingApi.Tests.Features.Dashboards;

/// <summary>The management overview, the marketing page and an agent's page, as pages and as PDFs.</summary>
[Collection(AppCollection.Name)]
public sealed class ComposedPagesTests(RunningApp running) : IDisposable
{
    private readonly Browserless app = new(running);

    [Theory]
    [InlineData("/dashboards", "hy", "Ղեկավարի վահանակ")]
    [InlineData("/dashboards", "en", "Management overview")]
    [InlineData("/dashboards", "ru", "Обзор для руководства")]
    [InlineData("/dashboards/marketing", "hy", "Մարքեթինգ")]
    [InlineData("/dashboards/marketing", "en", "Marketing")]
    [InlineData("/dashboards/marketing", "ru", "Маркетинг")]
    public async Task EachDashboardAnswersInEachLanguage(string path, string lang, string title)
    {
        var html = await Page($"{path}?lang={lang}");
        Assert.Contains($"<h1>{title}</h1>", html);
        Assert.Contains($"<html lang=\"{lang}\">", html);
        Assert.Matches("<figure class=\"chart\"[^>]*>\\s*<svg", html);
        Assert.Contains("class=\"kpi\"", html);
    }

    [Fact]
    public async Task TheOverviewShowsRevenueTrendPipelineTopCustomersAndNoChurnScoresYet()
    {
        var html = await Page("/dashboards?lang=en&from=2025-11-01&to=2026-10-31");

        foreach (var panel in new[] { "revenue", "funnel", "top-customers", "churn" }) Assert.Contains($"id=\"panel-{panel}\"", html);
        Assert.Contains("No churn scores yet", html);
        Assert.Equal(10, PageHtml.Rows(html, "table-top-customers").Count);
        Assert.Contains("Win rate", html);
        // the funnel's stages still drill down from the overview
        Assert.Contains(PageHtml.Drills(html, "deals"), l => l.Contains("reached=won") && l.Contains("from=2025-11-01"));
        Assert.Contains("/dashboards/reports/sales?from=2025-11-01&amp;to=2026-10-31&amp;group_by=category", html);
    }

    [Fact]
    public async Task AnAgentsPageShowsTheirPipelineTasksStalledDealsAndAPlaceForSuggestions()
    {
        var agent = await running.Demo.BusiestOwnerAsync();
        var html = await Page($"/dashboards/agents/{agent}?lang=en");

        foreach (var panel in new[] { "pipeline", "tasks", "stalled", "suggestions" }) Assert.Contains($"id=\"panel-{panel}\"", html);
        Assert.Contains("No suggestions yet", html);
        Assert.NotEmpty(PageHtml.Rows(html, "table-stalled"));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync("/dashboards/agents/999999")).StatusCode);
    }

    [Theory]
    [InlineData("/dashboards/overview.pdf?lang=hy", "Ղեկավարի վահանակ")]
    [InlineData("/dashboards/marketing.pdf?lang=ru", "Маркетинг")]
    [InlineData("/dashboards/agents/9.pdf?lang=hy", "Վաճառքի գործակալ")]
    public async Task EachDashboardIsAPdfInTheReadersLanguage(string url, string title)
    {
        var response = await app.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var path = Path.Combine(Path.GetTempPath(), $"crm-dashboard-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        try
        {
            var text = Poppler.Text(path);
            Assert.Contains(title, text);
            var pages = int.Parse(Regex.Match(Poppler.Run("pdfinfo", path), @"(?m)^Pages:\s+(\d+)").Groups[1].Value);
            Assert.Matches($@"\b1\s*/\s*{pages}\b", text); // the footer; pdftotext may close up its spaces
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task AMalformedPeriodIsRefused()
    {
        var response = await app.Client.GetAsync("/dashboards?from=2025-02-30");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TheReportsIndexListsEveryReport()
    {
        var html = await Page("/dashboards/reports?lang=en");
        foreach (var report in Crm.Dashboards.Reports.ReportCatalog.All)
            Assert.Contains($"href=\"/dashboards/reports/{report.Name}\"", html);
    }

    private async Task<string> Page(string url)
    {
        var response = await app.Client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {html[..Math.Min(600, html.Length)]}");
        return html;
    }

    public void Dispose() => app.Dispose();
}
