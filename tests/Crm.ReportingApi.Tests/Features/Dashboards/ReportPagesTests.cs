using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Crm.Dashboards.Localization;
using Crm.Dashboards.Reports;
using Crm.Testing;

namespace Crm.ReportingApi.Tests.Features.Dashboards;

/// <summary>The page of every report over HTTP: languages, filters, sorting, drill-down, exports and the PDF.</summary>
[Collection(AppCollection.Name)]
public sealed class ReportPagesTests(RunningApp running) : IDisposable
{
    // A client that keeps no cookies: a language chosen here must not follow the shared client into other tests.
    private readonly Browserless app = new(running);

    private const string Year = "from=2025-11-01&to=2026-10-31";

    public static TheoryData<string, string> ReportsAndLanguages
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var report in ReportCatalog.All)
                foreach (var lang in new[] { "hy", "en", "ru" }) data.Add(report.Name, lang);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ReportsAndLanguages))]
    public async Task EveryReportPageAnswersInEachLanguageWithItsTitle(string name, string lang)
    {
        var report = ReportCatalog.Find(name)!;
        var response = await app.Client.GetAsync($"/dashboards/reports/{name}?lang={lang}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"<html lang=\"{lang}\">", html);
        Assert.Contains($"<h1>{WebUtility.HtmlEncode(report.Title.In(LanguageCodes.Parse(lang)))}</h1>", html);
        Assert.Contains("<form id=\"filters\"", html);
        Assert.Contains("<nav class=\"languages\"", html);
        Assert.Contains("<link rel=\"icon\" href=\"data:,\">", html);
        Assert.Equal(report.Columns.Select(c => c.Name), PageHtml.Columns(html));
        if (report.Chart is not null) Assert.Matches("<figure class=\"chart\"[^>]*>\\s*<svg", html);
        // every header is a label of the page's language, never a raw column name
        var language = LanguageCodes.Parse(lang);
        Assert.All(report.Columns, c => Assert.Contains(WebUtility.HtmlEncode(Labels.Column(c.Name, language)), html));
    }

    [Fact]
    public async Task AFilterChangesTheRows()
    {
        var won = PageHtml.Rows(await Page($"/dashboards/reports/deals?{Year}&status=won&lang=en"));
        var lost = PageHtml.Rows(await Page($"/dashboards/reports/deals?{Year}&status=lost&lang=en"));

        Assert.NotEmpty(won);
        Assert.NotEmpty(lost);
        Assert.All(won, row => Assert.Equal("Won", row[4]));
        Assert.All(lost, row => Assert.Equal("Lost", row[4]));
    }

    [Fact]
    public async Task AColumnHeaderSortsTheRowsEitherWay()
    {
        var html = await Page($"/dashboards/reports/deals?{Year}&limit=50&lang=en");
        var header = Regex.Match(html, "data-column=\"deal_id\"[^>]*><a class=\"sort\" href=\"([^\"]+)\"").Groups[1].Value;
        var descending = PageHtml.Rows(await Page(WebUtility.HtmlDecode(header)));
        var ascending = PageHtml.Rows(await Page($"/dashboards/reports/deals?{Year}&limit=50&lang=en&sort=deal_id&dir=asc"));

        var ids = descending.Select(r => long.Parse(r[0])).ToList();
        Assert.Equal(50, ids.Count);
        Assert.Equal(ids.OrderDescending(), ids);
        Assert.Equal(ids.Order(), ascending.Select(r => long.Parse(r[0])));
        // the report's own order (largest first) is neither
        var unsorted = PageHtml.Rows(html).Select(r => long.Parse(r[0])).ToList();
        Assert.NotEqual(ids, unsorted);
    }

    [Fact]
    public async Task AFunnelStageDrillsDownToItsDealsWithTheFiltersSet()
    {
        var funnel = await app.Client.GetFromJsonAsync<JsonElement>($"/api/reports/funnel?{Year}&region=yerevan");
        var won = funnel.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("stage_code").GetString() == "won");

        var links = PageHtml.Drills(await Page($"/dashboards/reports/funnel?{Year}&region=yerevan&lang=hy"), "deals");
        var link = Assert.Single(links.Distinct(), l => l.Contains("reached=won"));
        Assert.StartsWith("/dashboards/reports/deals?", link);
        Assert.Contains("region=yerevan", link);
        Assert.Contains("from=2025-11-01", link);

        var deals = await Page(link + "&limit=100000");
        Assert.Equal(won.GetProperty("deals").GetInt64(), PageHtml.Rows(deals).Count);
        Assert.Contains("<html lang=\"hy\">", deals);
    }

    [Fact]
    public async Task APartnerDrillsDownToItsDealsAndARegionToItsCustomers()
    {
        var partner = PageHtml.Drills(await Page($"/dashboards/reports/partners?{Year}"), "deals").First();
        Assert.Matches(@"^/dashboards/reports/deals\?partner=\d+&from=2025-11-01&to=2026-10-31$", partner);
        var partnerId = Regex.Match(partner, @"partner=(\d+)").Groups[1].Value;
        var deals = PageHtml.Rows(await Page(partner + "&lang=en&limit=100000"));
        Assert.NotEmpty(deals);
        Assert.All(deals, row => Assert.Equal(partnerId, row[14])); // partner_id

        var region = PageHtml.Drills(await Page("/dashboards/reports/customers_map?level=region"), "customers").First();
        Assert.Matches(@"^/dashboards/reports/customers\?region=[a-z-]+", region);
        var customers = PageHtml.Rows(await Page(region + "&lang=en"));
        Assert.NotEmpty(customers);
        Assert.Single(customers.Select(r => r[5]).Distinct()); // region_key
    }

    [Theory]
    [InlineData("funnel?from=2025-13-01", "must be a date")]
    [InlineData("deals?department=999999", "there is no department")]
    [InlineData("deals?sort=nope", "'sort' must be a column")]
    [InlineData("funnel?lang=xx", "'lang' must be hy, en or ru")]
    public async Task ARefusedFilterShowsWhyOnThePageWithA400(string query, string message)
    {
        var response = await app.Client.GetAsync($"/dashboards/reports/{query}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(message, WebUtility.HtmlDecode(html));
        Assert.Contains("<form id=\"filters\"", html);
        Assert.DoesNotContain("<table", html);

        var pdf = await app.Client.GetAsync($"/dashboards/reports/{query.Replace("?", ".pdf?")}");
        Assert.Equal(HttpStatusCode.BadRequest, pdf.StatusCode);
        Assert.Equal("application/problem+json", pdf.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnUnknownReportIsNotFound()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync("/dashboards/reports/nope")).StatusCode);
    }

    [Fact]
    public async Task TheLanguageSwitchIsRememberedAndAnExplicitChoiceStillWins()
    {
        var switched = await app.Client.GetAsync("/dashboards/reports/sales?lang=ru");
        var cookie = Assert.Single(switched.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("lang=ru;", cookie);

        Assert.Contains("<html lang=\"ru\">", await Send("/dashboards/reports/sales", cookie: "lang=ru", accept: "en-US,en"));
        Assert.Contains("<html lang=\"en\">", await Send("/dashboards/reports/sales?lang=en", cookie: "lang=ru", accept: "ru"));
        Assert.Contains("<html lang=\"en\">", await Send("/dashboards/reports/sales", cookie: null, accept: "en-US,en;q=0.9"));
        Assert.Contains("<html lang=\"hy\">", await Send("/dashboards/reports/sales", cookie: null, accept: null));
    }

    [Fact]
    public async Task TheExportsCarryThePagesFilters()
    {
        var html = await Page($"/dashboards/reports/sales?{Year}&group_by=region&department=2&lang=en&sort=revenue&dir=asc");

        var csv = PageHtml.Href(html, "export-csv");
        Assert.Equal($"/api/reports/sales.csv?{Year}&group_by=region&department=2", csv);
        Assert.Equal($"/api/reports/sales.xlsx?{Year}&group_by=region&department=2", PageHtml.Href(html, "export-xlsx"));
        Assert.Equal($"/dashboards/reports/sales.pdf?{Year}&group_by=region&department=2&lang=en", PageHtml.Href(html, "export-pdf"));
        var response = await app.Client.GetAsync(csv);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(PageHtml.Rows(html).Count + 1, (await response.Content.ReadAsStringAsync()).Trim().Split('\n').Length);
    }

    [Fact]
    public async Task TheWarehouseAsOfTimeIsOnThePage()
    {
        var response = await app.Client.GetAsync("/dashboards/reports/partners?lang=en");
        var html = await response.Content.ReadAsStringAsync();
        var asOf = DateTimeOffset.Parse(response.Headers.GetValues("X-Warehouse-As-Of").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"<dt>Warehouse as of</dt><dd>{Texts.En.Timestamp(asOf)}</dd>", html);
    }

    [Fact]
    public async Task ALongReportsPdfRunsOverPagesWithItsHeaderRowRepeatedAndItsArmenianTitle()
    {
        var response = await app.Client.GetAsync($"/dashboards/reports/deals.pdf?{Year}&lang=hy");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var path = Path.Combine(Path.GetTempPath(), $"crm-deals-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        try
        {
            var pages = int.Parse(Regex.Match(Poppler.Run("pdfinfo", path), @"(?m)^Pages:\s+(\d+)").Groups[1].Value);
            Assert.True(pages >= 2, $"500 deals take more than a page, got {pages}");
            Assert.Contains("Գործարքներ", Poppler.Text(path, "-f", "1", "-l", "1"));
            foreach (var page in new[] { 2, pages })
            {
                var text = Poppler.Text(path, "-f", page.ToString(), "-l", page.ToString());
                Assert.Contains("Կարգավիճակ", text); // the header row again
                Assert.Matches($@"\b{page}\s*/\s*{pages}\b", text);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    private async Task<string> Page(string url)
    {
        var response = await app.Client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {PageHtml.Text(html)[..Math.Min(400, html.Length)]}");
        return html;
    }

    private async Task<string> Send(string url, string? cookie, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (cookie is not null) request.Headers.Add("Cookie", cookie.Split(';')[0]);
        if (accept is not null) request.Headers.Add("Accept-Language", accept);
        return await (await app.Client.SendAsync(request)).Content.ReadAsStringAsync();
    }

    public void Dispose() => app.Dispose();
}
