using System.Net;

namespace Crm.ReportingApi.Tests.Features.Assets;

[Collection(AppCollection.Name)]
public sealed class AssetEndpointsTests(RunningApp app)
{
    [Fact]
    public async Task PagesArmenianFallbackFontIsServedLocally()
    {
        var response = await app.Client.GetAsync("/assets/fonts/NotoSansArmenian-Regular.ttf");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("font/ttf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0, 1, 0, 0 }, bytes[..4]); // a TrueType font's signature
    }

    [Theory]
    [InlineData("DejaVuSans.ttf")]
    [InlineData("..%2F..%2Fappsettings.json")]
    [InlineData("nothing.ttf")]
    public async Task OnlyTheWebFontsAreServed(string file)
    {
        var response = await app.Client.GetAsync($"/assets/fonts/{file}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task FaviconIsAnEmptyAnswerNotAnError()
    {
        // A 404 here would be a console error on every page the browser tests load.
        var response = await app.Client.GetAsync("/favicon.ico");
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }
}
