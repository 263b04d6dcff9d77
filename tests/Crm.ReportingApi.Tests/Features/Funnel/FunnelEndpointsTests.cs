using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Apache.Arrow;
using Crm.ReportingApi.Infrastructure;
using Crm.ReportingApi.Tests.Features.Warehouse;

namespace Crm.ReportingApi.Tests.Features.Funnel;

[Collection(AppCollection.Name)]
public sealed class FunnelEndpointsTests(RunningApp app)
{
    private const string Period = "from=2024-01-01&to=2026-10-31";

    [Fact]
    public async Task FunnelJsonListsTheFiveStagesNarrowingTowardsWon()
    {
        var json = await app.Client.GetFromJsonAsync<JsonElement>($"/api/reports/funnel?{Period}");
        var rows = json.GetProperty("rows").EnumerateArray().ToList();

        Assert.Equal(["lead", "qualified", "proposal", "negotiation", "won"], rows.Select(r => r.GetProperty("stage_code").GetString()));
        var deals = rows.Select(r => r.GetProperty("deals").GetInt64()).ToList();
        Assert.True(deals[0] > 0);
        Assert.Equal(deals.OrderDescending(), deals);
        Assert.Equal("2024-01-01", json.GetProperty("parameters").GetProperty("from").GetString());
    }

    [Fact]
    public async Task FunnelReportAsArrowMatchesJson()
    {
        var json = await app.Client.GetFromJsonAsync<JsonElement>($"/api/reports/funnel?{Period}");
        using var response = await app.Client.GetAsync($"/api/reports/funnel.arrow?{Period}", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ArrowStreamResult.MediaType, response.Content.Headers.ContentType?.MediaType);
        var arrow = await ArrowDownload.ReadAsync(response, keep: true);

        var expected = json.GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("stage_code").GetString()!, r.GetProperty("deals").GetInt64(), r.GetProperty("amount").GetDecimal(),
                r.GetProperty("conversion_from_start").GetDouble()))
            .ToList();
        var actual = arrow.Kept.SelectMany(b => Enumerable.Range(0, b.Length).Select(i => (
                ((StringArray)b.Column("stage_code")).GetString(i)!,
                ((Int64Array)b.Column("deals")).GetValue(i)!.Value,
                ((Decimal128Array)b.Column("amount")).GetValue(i)!.Value,
                ((DoubleArray)b.Column("conversion_from_start")).GetValue(i)!.Value)))
            .ToList();
        Assert.Equal(5, expected.Count);
        Assert.Equal(expected, actual);
        Assert.Equal(("funnel", "2024-01-01", "2026-10-31"),
            (arrow.Schema.Metadata["crm.report"], arrow.Schema.Metadata["crm.from"], arrow.Schema.Metadata["crm.to"]));
        Assert.Equal(json.GetProperty("warehouseAsOf").GetDateTimeOffset(),
            DateTimeOffset.Parse(arrow.Schema.Metadata["crm.warehouse_as_of"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("from=2024-13-01")]
    [InlineData("from=2025-01-01&to=2024-01-01")]
    [InlineData("lang=xx")]
    public async Task FunnelArrowRefusesTheFiltersTheJsonRefuses(string query)
    {
        var response = await app.Client.GetAsync($"/api/reports/funnel.arrow?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task DashboardPageShowsTheChartAndTheArmenianTitle()
    {
        var response = await app.Client.GetAsync($"/dashboards/funnel?{Period}&lang=hy");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", html);
        Assert.Contains("Վաճառքի ձագար", html);
    }

    [Fact]
    public async Task PageSpeaksTheLanguageTheBrowserAsksFor()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/dashboards/funnel?{Period}");
        request.Headers.AcceptLanguage.ParseAdd("ru-RU,ru;q=0.9");
        var html = await (await app.Client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains("Воронка продаж", html);
    }

    [Fact]
    public async Task PdfEndpointReturnsAPdfDocument()
    {
        var response = await app.Client.GetAsync($"/dashboards/funnel.pdf?{Period}");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
    }

    [Theory]
    [InlineData("from=2024-13-01")]
    [InlineData("from=yesterday")]
    [InlineData("from=2025-01-01&to=2024-01-01")]
    [InlineData("from=1' or '1'='1")]
    [InlineData("lang=xx")]
    public async Task BadFilterIsRefusedWithAProblemThatSaysWhy(string query)
    {
        var response = await app.Client.GetAsync($"/api/reports/funnel?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }
}
