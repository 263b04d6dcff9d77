using Crm.Dashboards.Localization;
using Crm.Dashboards.Maps;

namespace Crm.Dashboards.Tests.Maps;

public sealed class MapLayoutTests
{
    private static string Href(string? region, string? city) => $"?region={region}&city={city}";

    [Fact]
    public void RegionsSpelledTwoWaysAreOneRegionOnTheMap()
    {
        MapView view = SampleMap.View(Language.En);

        MapRegion lori = view.Regions.Single(r => r.Id == "lori");
        Assert.Equal(["lori", "lori-marz"], lori.WarehouseKeys.Order());
        Assert.Equal(250, lori.Customers);
        Assert.Equal(350_000m, lori.Revenue);
        // Every boundary is a region of the map (the empty ones too); the unmatched and the unknown ones stay listed.
        Assert.Equal(11 + 2, view.Regions.Count);
        Assert.Equal(0, view.Regions.Single(r => r.Id == "syunik").Customers);
        Assert.Null(view.Regions.Single(r => r.Id == "atlantis").Shape);
        Assert.True(view.Regions.Single(r => r.Id == "-1").IsUnknown);
        Assert.Equal(view.Towns.Sum(t => t.Customers) + 80, view.Regions.Sum(r => r.Customers));
        Assert.Equal("lori", view.Towns.Single(t => t.Name == "Սպիտակ").RegionId);
    }

    [Fact]
    public void MapShadesEveryBoundaryAndSizesTownsByCustomers()
    {
        MapDrawing map = MapLayout.Build(SampleMap.View(Language.Hy), Href);

        Assert.Equal(11, map.Areas.Count);
        Assert.Equal(MapDrawing.NoCustomers, map.Areas.Single(a => a.RegionId == "syunik").Fill);
        Assert.NotEqual(map.Areas.Single(a => a.RegionId == "yerevan").Fill, map.Areas.Single(a => a.RegionId == "shirak").Fill);
        Assert.Equal("?region=lori&city=", map.Areas.Single(a => a.RegionId == "lori").Href);

        var yerevan = map.Bubbles.Single(b => b.Title.StartsWith("Երևան"));
        var spitak = map.Bubbles.Single(b => b.Title.StartsWith("Սպիտակ"));
        Assert.Equal(Math.Sqrt(500.0 / 50), yerevan.Radius / spitak.Radius, 3); // area, not radius, grows with customers
        Assert.Equal("?region=lori&city=Սպիտակ", spitak.Href);
        Assert.Equal(4, map.Bubbles.Count); // the towns without coordinates have no place

        Assert.Contains(map.Labels, l => l.Role == "region" && l.Text == "Լոռի");
        Assert.Contains(map.Labels, l => l.Role == "attribution" && l.Text.Contains("ODbL"));
        Assert.Null(map.Notice);
        Assert.Empty(map.Graticule);
    }

    [Fact]
    public void WithoutBoundariesTownsStandOnPlainCoordinatesAndTheMapSaysWhy()
    {
        MapDrawing map = MapLayout.Build(SampleMap.View(Language.En, boundaries: false), Href);

        Assert.Empty(map.Areas);
        Assert.Equal(4, map.Bubbles.Count);
        Assert.NotEmpty(map.Graticule);
        Assert.Contains(map.Labels, l => l.Role == "grid" && l.Text == "44.5°E");
        Assert.Contains("armenia-regions.geojson", map.Notice);
        Assert.Contains(map.Labels, l => l.Role == "notice");
        Assert.DoesNotContain(map.Labels, l => l.Role == "attribution");

        // North up, east right: Gyumri is west of Yerevan and north of it.
        MapBubble gyumri = map.Bubbles.Single(b => b.Title.StartsWith("Գյումրի"));
        MapBubble yerevan = map.Bubbles.Single(b => b.Title.StartsWith("Երևան"));
        Assert.True(gyumri.Centre.X < yerevan.Centre.X && gyumri.Centre.Y < yerevan.Centre.Y);
        Assert.All(map.Bubbles, b => Assert.InRange(b.Centre.X, 0, map.Width));
    }

    [Fact]
    public void ShadesSplitTheRegionsByRankNotByTheBiggestAlone()
    {
        ShadeScale scale = new([43_000, 9_000, 8_000, 7_500, 7_000, 3_300, 3_000, 1_200]);
        var steps = scale.Steps().ToList();

        Assert.Equal(5, steps.Count);
        Assert.Equal(1, steps[0].From);
        Assert.Equal(43_000, steps[^1].To);
        Assert.All(steps.Zip(steps.Skip(1)), pair => Assert.Equal(pair.First.To + 1, pair.Second.From));
        Assert.NotEqual(scale.Fill(9_000), scale.Fill(3_000)); // the capital does not wash the others out
        Assert.Equal(MapDrawing.NoCustomers, scale.Fill(0));
        Assert.Single(new ShadeScale([5]).Steps());
        Assert.Empty(new ShadeScale([]).Steps());
    }
}
