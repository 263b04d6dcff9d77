using Crm.Dashboards.Maps;

namespace Crm.Dashboards.Tests.Maps;

public sealed class RegionMatcherTests
{
    private static readonly RegionMatcher Matcher = new(SampleMap.Boundaries.Regions);

    [Theory]
    [InlineData("vayots-dzor", "Vayots Dzor", "Vayots Dzor")]
    [InlineData("vayots-dzor-province", "Vayots Dzor Province", "Vayots Dzor")]
    [InlineData("վայոց-ձոր", "Վայոց ձոր", "Vayots Dzor")]
    [InlineData("վայոց-ձորի-մարզ", "Վայոց ձորի մարզ", "Vayots Dzor")]
    [InlineData("вайоц-дзорская-область", "Вайоц-Дзорская область", "Vayots Dzor")]
    [InlineData("gegharkunik", "Gegharkunik'", "Gegharkunik")]
    [InlineData("гегаркуник", "Гегаркуник", "Gegharkunik")]
    [InlineData("siunik", "Siunik", "Syunik")]
    [InlineData("сюникская-область", "Сюникская область", "Syunik")]
    [InlineData("լոռու-մարզ", "Լոռու մարզ", "Lori")]
    [InlineData("лорийская-область", "Лорийская область", "Lori")]
    [InlineData("lori", "LORI MARZ", "Lori")]
    [InlineData("erevan", "Erevan", "Yerevan")]
    [InlineData("ереван", "г. Ереван", "Yerevan")]
    [InlineData("երևան", "Երևան քաղաք", "Yerevan")]
    [InlineData("kotaik", "Kotaik", "Kotayk")]
    [InlineData("aragatzotn", "Aragatzotn", "Aragatsotn")]
    [InlineData("shirak", "Շիրակի մարզ", "Shirak")]
    [InlineData("tavush", null, "Tavush")]
    [InlineData("am-ar", "AM-AR", "Ararat")]
    [InlineData("armavir-marz", "Armavir marz", "Armavir")]
    public void RegionIsFoundHoweverItsNameIsSpelled(string key, string? name, string expected)
    {
        Assert.Equal(expected, Matcher.Match(key, name, position: null)?.NameEn);
    }

    [Fact]
    public void UnknownNameFallsBackToThePolygonAroundItsCustomers()
    {
        // "Dilijan district" is no region's name; Dilijan lies in Tavush.
        Assert.Equal("Tavush", Matcher.Match("dilijan-district", "Dilijan district", new GeoPoint(44.8501, 40.7417))?.NameEn);
    }

    [Theory]
    [InlineData("atlantis", "Atlantis")]
    [InlineData("ar", "Ar")]
    [InlineData("-1", "Unknown")]
    public void NameLikeNoRegionMatchesNothing(string key, string name)
    {
        Assert.Null(Matcher.Match(key, name, position: null));
    }

    [Fact]
    public void TheWarehouseUnknownRegionStaysUnknownEvenWithCoordinates()
    {
        Assert.Null(Matcher.Match("-1", "Unknown", new GeoPoint(44.51, 40.18)));
    }

    [Fact]
    public void EveryBoundaryMatchesItsOwnNames()
    {
        foreach (RegionShape shape in SampleMap.Boundaries.Regions)
        {
            Assert.Same(shape, Matcher.Match(shape.Id, shape.NameEn, null));
            Assert.Same(shape, Matcher.Match(RegionSlug.Of(shape.NameHy), shape.NameHy, null));
            Assert.Same(shape, Matcher.Match("x", RegionNamesRu.Of(shape.IsoCode), null));
        }
    }
}
