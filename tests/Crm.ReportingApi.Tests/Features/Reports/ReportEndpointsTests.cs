using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.Dashboards.Reports;
using Crm.ReportingApi.Features.Reports;
using Crm.ReportingApi.Infrastructure;
using Crm.ReportingApi.Tests.Features.Warehouse;
using Crm.Warehouse.Etl;

namespace Crm.ReportingApi.Tests.Features.Reports;

[Collection(AppCollection.Name)]
public sealed class ReportEndpointsTests(RunningApp app)
{
    private const string Period = "from=2024-01-01&to=2026-10-31";

    public static TheoryData<string> Names => [.. ReportCatalog.All.Select(r => r.Name)];

    [Fact]
    public async Task TheListNamesEveryReportWithItsParametersAndColumns()
    {
        var list = await app.Client.GetFromJsonAsync<JsonElement>("/api/reports");
        var reports = list.EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!);

        Assert.Equal(ReportCatalog.All.Select(r => r.Name).Order(), reports.Keys.Order());
        var funnel = reports["funnel"];
        Assert.Equal("Վաճառքի ձագար", funnel.GetProperty("title").GetProperty("hy").GetString());
        Assert.Contains("department", funnel.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal("/api/reports/funnel", funnel.GetProperty("href").GetString());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task EveryReportAnswersAsJsonWithItsColumnsAndTheWarehouseVersion(string name)
    {
        var response = await app.Client.GetAsync($"/api/reports/{name}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Contains(WarehouseAsOfHeader.Name));
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(ReportCatalog.Find(name)!.Columns.Select(c => c.Name),
            json.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Equal(JsonValueKind.Array, json.GetProperty("rows").ValueKind);
    }

    [Fact]
    public async Task CsvXlsxAndArrowCarryTheSameRowsAsJson()
    {
        var json = await app.Client.GetFromJsonAsync<JsonElement>($"/api/reports/funnel?{Period}");
        var rows = json.GetProperty("rows").GetArrayLength();

        var csv = await app.Client.GetStringAsync($"/api/reports/funnel?{Period}&format=csv");
        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("sort_order,stage_code,name_hy", lines[0]);
        Assert.Equal(rows + 1, lines.Length);
        Assert.Contains("Վաճառք", csv + json.GetProperty("title").GetString()); // Armenian survives the trip

        using var xlsxRequest = new HttpRequestMessage(HttpMethod.Get, $"/api/reports/funnel?{Period}");
        xlsxRequest.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(ReportFormats.XlsxType));
        var xlsx = await app.Client.SendAsync(xlsxRequest);
        Assert.Equal(ReportFormats.XlsxType, xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.Content.ReadAsByteArrayAsync())[..2]);

        var arrow = await ArrowDownload.ReadAsync(await app.Client.GetAsync($"/api/reports/funnel.arrow?{Period}"), keep: true);
        Assert.Equal(rows, arrow.Rows);
        Assert.Equal("funnel", arrow.Schema.Metadata["crm.report"]);
    }

    [Theory]
    [InlineData("/api/reports/funnel?department=999999", HttpStatusCode.BadRequest, "department")]
    [InlineData("/api/reports/funnel?agent=abc", HttpStatusCode.BadRequest, "agent")]
    [InlineData("/api/reports/funnel?colour=red", HttpStatusCode.BadRequest, "colour")]
    [InlineData("/api/reports/funnel?region=yerevan'--", HttpStatusCode.BadRequest, "region")]
    [InlineData("/api/reports/funnel?format=pdf", HttpStatusCode.BadRequest, "format")]
    [InlineData("/api/reports/forecast?months=0", HttpStatusCode.BadRequest, "months")]
    [InlineData("/api/reports/no-such-report", HttpStatusCode.NotFound, "no-such-report")]
    public async Task BadRequestsAreRefusedWithAProblemThatNamesTheCulprit(string url, HttpStatusCode status, string culprit)
    {
        var response = await app.Client.GetAsync(url);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(culprit, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AnAcceptHeaderWeCannotServeIs406()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/reports/funnel");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("image/png"));
        Assert.Equal(HttpStatusCode.NotAcceptable, (await app.Client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task TheSameQueryIsAnsweredFromTheCacheWithTheSameFigures()
    {
        var url = $"/api/reports/forecast?as_of=2026-01-01&months={Random.Shared.Next(2, 36)}";
        var first = await app.Client.GetAsync(url);
        var second = await app.Client.GetAsync(url);

        Assert.Equal("miss", first.Headers.GetValues(ReportRequests.CacheHeader).Single());
        Assert.Equal("hit", second.Headers.GetValues(ReportRequests.CacheHeader).Single());
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.GetValues(WarehouseAsOfHeader.Name), second.Headers.GetValues(WarehouseAsOfHeader.Name));
    }

    [Fact]
    public async Task WhenANewWarehouseVersionGoesLiveTheCacheStartsAfresh()
    {
        const string url = "/api/reports/forecast?as_of=2026-01-01&months=7";
        await app.Client.GetAsync(url);
        var before = await app.Client.GetAsync(url);
        Assert.Equal("hit", before.Headers.GetValues(ReportRequests.CacheHeader).Single());

        // Nothing changed in the source, but it is another version, read at another moment.
        await WarehouseEtl.RunAsync(app.Demo.ConnectionString, app.Demo.Store, new EtlOptions { Trigger = "test" });
        var after = await app.Client.GetAsync(url);

        Assert.Equal("miss", after.Headers.GetValues(ReportRequests.CacheHeader).Single());
        Assert.True(DateTime.Parse(after.Headers.GetValues(WarehouseAsOfHeader.Name).Single(), CultureInfo.InvariantCulture)
                    > DateTime.Parse(before.Headers.GetValues(WarehouseAsOfHeader.Name).Single(), CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task TheApiIsDescribedByOpenApiAndBrowsable()
    {
        var document = await app.Client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/reports/{name}", document);
        var page = await app.Client.GetAsync("/api/index.html");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("swagger", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
