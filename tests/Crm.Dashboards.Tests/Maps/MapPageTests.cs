using System.Text.RegularExpressions;
using System.Xml.Linq;
using Crm.Dashboards.Localization;
using Crm.Dashboards.Maps;

namespace Crm.Dashboards.Tests.Maps;

public sealed partial class MapPageTests
{
    private static string Render(MapView view) => MapPage.Render(view, "/dashboards/map", "/dashboards/map.pdf", "/api/reports/customers_map");

    [Fact]
    public void MapPageHasNoScriptAndEncodesTheData()
    {
        string html = Render(SampleMap.View(Language.Hy, region: "lori"));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(EventHandlerAttribute().Matches(html));
        Assert.DoesNotContain("<Petrosyan>", html);
        Assert.Contains("Anna &lt;Petrosyan&gt;", html);
        // Nothing is fetched from elsewhere: the only web addresses are the SVG namespace and the Google Maps links.
        Assert.DoesNotContain("http://", html.Replace("xmlns=\"http://www.w3.org/2000/svg\"", ""));
        Assert.All(Regex.Matches(html, "https://[^\"]+").Select(m => m.Value), url => Assert.StartsWith("https://www.google.com/maps?q=", url));
    }

    [Fact]
    public void MapIsWellFormedScalableSvgWithARegionLinkForEveryBoundary()
    {
        string html = Render(SampleMap.View(Language.Hy));

        string svg = Regex.Match(html, "<svg.*?</svg>", RegexOptions.Singleline).Value;
        XDocument doc = XDocument.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.StartsWith("0 0 800 ", doc.Root!.Attribute("viewBox")!.Value);
        var regions = doc.Descendants(ns + "a").Where(a => a.Attribute("class")?.Value == "drill region").ToList();
        Assert.Equal(11, regions.Count);
        Assert.All(regions, a => Assert.StartsWith("/dashboards/map?from=2026-01-01&to=2026-03-31&region=", a.Attribute("href")!.Value));
        Assert.Equal(4, doc.Descendants(ns + "circle").Count());
        Assert.Contains(doc.Descendants(ns + "text"), t => t.Attribute("class")?.Value == "attribution" && t.Value.Contains("OpenStreetMap"));
    }

    [Fact]
    public void DrilledRegionListsItsCustomersWithGoogleMapsLinks()
    {
        string html = Render(SampleMap.View(Language.En, region: "lori"));

        var links = GoogleMapsLink().Matches(html).Select(m => m.Groups["href"].Value).ToList();
        Assert.Equal(["https://www.google.com/maps?q=40.80456,44.4939", "https://www.google.com/maps?q=40.83221,44.26731"], links);
        Assert.Contains("<h2>Customers — Lori</h2>", html);
        Assert.Contains("Showing 3 of 43", html);
        Assert.Contains("<tr data-region=\"lori\" aria-current=\"true\">", html);
        Assert.Contains("data-region=\"lori\" aria-current=\"true\"><path", html); // the map marks it too
        Assert.Contains("<a class=\"all-regions\" href=\"/dashboards/map?from=2026-01-01&amp;to=2026-03-31&amp;lang=en\">All regions</a>", html);
    }

    [Fact]
    public void FiltersLanguagesAndDownloadsKeepWhatIsChosen()
    {
        string html = Render(SampleMap.View(Language.Ru, region: "lori"));

        Assert.Contains("<form id=\"filters\" class=\"filters\" method=\"get\">", html);
        Assert.Contains("<select name=\"department\">", html);
        Assert.Contains("<option value=\"3\">Վանաձորի մասնաճյուղ</option>", html);
        Assert.Contains("<option value=\"retail\">Розница</option>", html);
        Assert.Contains("<input type=\"hidden\" name=\"lang\" value=\"ru\">", html);
        Assert.Contains("<input type=\"hidden\" name=\"region\" value=\"lori\">", html);
        Assert.Contains("<nav class=\"languages\">", html);
        Assert.Contains("href=\"/dashboards/map?from=2026-01-01&amp;to=2026-03-31&amp;region=lori&amp;lang=hy\" lang=\"hy\"", html);
        Assert.Contains("href=\"/dashboards/map.pdf?from=2026-01-01&amp;to=2026-03-31&amp;region=lori&amp;lang=ru\"", html);
        Assert.Contains("href=\"/api/reports/customers_map.csv?from=2026-01-01&amp;to=2026-03-31&amp;level=city\"", html);
        Assert.Contains("<title>Клиенты на карте · 2026-01-01 – 2026-03-31</title>", html);
        Assert.Contains(">Лори</a>", html);
        Assert.Contains(">Ширак</text>", html);
    }

    [Fact]
    public void WithoutBoundariesThePageSaysTheyAreMissing()
    {
        string html = Render(SampleMap.View(Language.En, boundaries: false));

        Assert.Contains("Region boundaries not found (armenia-regions.geojson)", html);
        Assert.DoesNotContain("class=\"drill region\"", html);
        Assert.Contains("class=\"drill town\"", html);
        Assert.Contains(">Lori</a>", html); // listed by the warehouse's name
        Assert.Contains(">Lori marz</a>", html); // and, unmatched, on its own
    }

    [GeneratedRegex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();

    [GeneratedRegex("<a class=\"gmaps\" href=\"(?<href>[^\"]+)\" target=\"_blank\" rel=\"noopener noreferrer\"")]
    private static partial Regex GoogleMapsLink();
}
