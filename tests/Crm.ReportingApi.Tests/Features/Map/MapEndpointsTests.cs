using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Crm.ReportingApi.Infrastructure;
using Microsoft.AspNetCore.Builder;

namespace Crm.ReportingApi.Tests.Features.Map;

[Collection(AppCollection.Name)]
public sealed partial class MapEndpointsTests(RunningApp app)
{
    private const string Period = "from=2025-01-01&to=2025-12-31";

    [Fact]
    public async Task MapPageDrawsEveryRegionAndSaysWhichWarehouseVersion()
    {
        var response = await app.Client.GetAsync($"/dashboards/map?{Period}&lang=hy");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.Contains(WarehouseAsOfHeader.Name));
        Assert.Contains("<h1>Հաճախորդները քարտեզի վրա</h1>", html);
        Assert.Equal(11, Regex.Matches(html, "<a class=\"drill region\"").Count);
        Assert.Contains("ODbL", html);
        Assert.DoesNotContain("class=\"gmaps\"", html); // no region chosen yet
    }

    [Fact]
    public async Task RegionLinkOnTheMapListsItsCustomersWithGoogleMapsLinks()
    {
        var html = await app.Client.GetStringAsync($"/dashboards/map?{Period}&lang=en");
        var lori = WebUtility(Regex.Match(html, "<a class=\"drill region\" href=\"(?<href>[^\"]+)\" data-region=\"lori\"").Groups["href"].Value);

        var drilled = await app.Client.GetStringAsync(lori);

        Assert.Contains("<h2>Customers — Lori</h2>", drilled);
        var links = GoogleMapsLink().Matches(drilled).Select(m => m.Groups["lat"].Value + "," + m.Groups["lon"].Value).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.Matches(@"^4[01]\.\d+,4[3-6]\.\d+$", l));
    }

    [Fact]
    public async Task MapPdfIsAnA4DocumentNamedForItsRegion()
    {
        var response = await app.Client.GetAsync($"/dashboards/map.pdf?{Period}&region=shirak&limit=50");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
        Assert.Equal("map-shirak-2025-01-01-2025-12-31.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.True(response.Headers.Contains(WarehouseAsOfHeader.Name));
    }

    [Theory]
    [InlineData("region=atlantis", "'region'")]
    [InlineData("department=999999", "'department'")]
    [InlineData("from=2025-13-01", "'from'")]
    [InlineData("lang=xx", "'lang'")]
    [InlineData("limit=0", "'limit'")]
    public async Task BadFilterIsRefusedWithAProblemThatNamesIt(string query, string named)
    {
        foreach (var path in new[] { "/dashboards/map", "/dashboards/map.pdf" })
        {
            var response = await app.Client.GetAsync($"{path}?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains(named, problem.GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task WithoutTheBoundaryFileTheMapStillDrawsTheTowns()
    {
        var empty = Directory.CreateTempSubdirectory("crm-no-geo-").FullName;
        var other = CrmWebApp.Build(["--urls", "http://127.0.0.1:0"], TestSettings.Build(("Geo:Directory", empty)), app.Demo.Store, app.Demo.ConnectionString);
        try
        {
            await other.StartAsync();
            using var client = new HttpClient { BaseAddress = new Uri(other.Urls.First()) };
            var html = await client.GetStringAsync($"/dashboards/map?{Period}&lang=en");

            Assert.Contains("Region boundaries not found (armenia-regions.geojson)", html);
            Assert.DoesNotContain("class=\"drill region\"", html);
            Assert.True(Regex.Matches(html, "<a class=\"drill town\"").Count > 50);
            Assert.Contains(">Lori</a>", html); // the regions are still listed, by the warehouse's names
        }
        finally
        {
            await other.StopAsync();
            await other.DisposeAsync();
            Directory.Delete(empty);
        }
    }

    private static string WebUtility(string encoded) => System.Net.WebUtility.HtmlDecode(encoded);

    [GeneratedRegex(@"<a class=""gmaps"" href=""https://www\.google\.com/maps\?q=(?<lat>[0-9.]+),(?<lon>[0-9.]+)""")]
    private static partial Regex GoogleMapsLink();
}
