using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.Dashboards.Localization;

namespace Crm.ReportingApi.Tests.Features.Funnel;

/// <summary>Every report says which warehouse version it shows: in a header, in its JSON, on its page.</summary>
[Collection(AppCollection.Name)]
public sealed class WarehouseAsOfTests(RunningApp app)
{
    private const string Period = "from=2024-01-01&to=2026-10-31";

    [Theory]
    [InlineData("hy", "Տվյալների դրությունը")]
    [InlineData("en", "Warehouse as of")]
    [InlineData("ru", "Данные хранилища на")]
    public async Task DashboardShowsTheWarehouseAsOfTime(string lang, string label)
    {
        var response = await app.Client.GetAsync($"/dashboards/funnel?{Period}&lang={lang}");
        var html = await response.Content.ReadAsStringAsync();

        var asOf = HeaderAsOf(response);
        Assert.Equal(app.Demo.Loaded.SourceSnapshotUtc, asOf.UtcDateTime);
        var shown = Texts.For(LanguageCodes.Parse(lang)).Timestamp(asOf);
        Assert.Contains($"<dt>{label}</dt><dd>{shown}</dd>", html);
        // Yerevan wall-clock time: four hours ahead of UTC.
        Assert.StartsWith(asOf.UtcDateTime.AddHours(4).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), shown);
    }

    [Theory]
    [InlineData("/api/reports/funnel?" + Period)]
    [InlineData("/dashboards/funnel?" + Period)]
    [InlineData("/dashboards/funnel.pdf?" + Period)]
    [InlineData("/api/reports/funnel?from=yesterday")]
    public async Task ReportResponsesCarryTheAsOfHeader(string url)
    {
        var response = await app.Client.GetAsync(url);
        Assert.Equal(app.Demo.Store.AsOfUtc(), HeaderAsOf(response).UtcDateTime);
    }

    [Fact]
    public async Task JsonAsOfIsTheHeadersAsOf()
    {
        var response = await app.Client.GetAsync($"/api/reports/funnel?{Period}");
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HeaderAsOf(response), json.GetProperty("warehouseAsOf").GetDateTimeOffset());
    }

    [Fact]
    public async Task OtherResponsesHaveNoAsOfHeader()
    {
        var response = await app.Client.GetAsync("/health");
        Assert.False(response.Headers.Contains("X-Warehouse-As-Of"));
    }

    private static DateTimeOffset HeaderAsOf(HttpResponseMessage response)
    {
        var value = Assert.Single(response.Headers.GetValues("X-Warehouse-As-Of"));
        Assert.EndsWith("Z", value);
        return DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
    }
}
