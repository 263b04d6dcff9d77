using Crm.Dashboards.Localization;
using Crm.Dashboards.Maps;

namespace Crm.Dashboards.Tests.Maps;

public sealed class MapFilterTests
{
    [Fact]
    public void LinksKeepTheFiltersAndEscapeTheirValues()
    {
        MapFilter filter = SampleMap.Filter(("segment", "retail"), ("department", "3"), ("region", "lori"), ("city", "Վանաձոր & Co"));

        Assert.Equal("from=2026-01-01&to=2026-03-31&department=3&segment=retail&region=lori&city=%D5%8E%D5%A1%D5%B6%D5%A1%D5%B1%D5%B8%D6%80%20%26%20Co&lang=ru",
            filter.QueryString(Language.Ru, filter.Region, filter.City));
        Assert.Equal("from=2026-01-01&to=2026-03-31&department=3&segment=retail&limit=20&lang=hy", filter.QueryString(Language.Hy, null, null, 20));
    }

    [Theory]
    [InlineData("region", "lori;drop", "'region'")]
    [InlineData("limit", "0", "'limit'")]
    [InlineData("limit", "many", "'limit'")]
    [InlineData("lang", "de", "'lang'")]
    [InlineData("city", "Vanadzor", "'city' needs")]
    [InlineData("department", "x", "'department'")]
    [InlineData("from", "2026-13-01", "'from'")]
    [InlineData("colour", "red", "'colour' is not a parameter")]
    public void BadValueIsNamed(string name, string value, string expected)
    {
        MapFilter? filter = MapFilter.Parse(new Dictionary<string, string?> { [name] = value }, SampleMap.Today, out var errors);

        Assert.Null(filter);
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void PeriodDefaultsToTheLastTwelveMonthsAndTownsAreTheLevel()
    {
        MapFilter filter = MapFilter.Parse(new Dictionary<string, string?> { ["level"] = "region", ["lang"] = "en" }, SampleMap.Today, out var errors)!;

        Assert.Empty(errors);
        Assert.Equal((new DateOnly(2025, 11, 26), SampleMap.Today), (filter.From, filter.To));
        Assert.Equal("city", filter.Report.Values["level"]);
        Assert.Equal(MapFilter.DefaultLimit, filter.Limit);
    }

    [Fact]
    public void GoogleMapsLinkUsesDecimalPointsWhateverTheCulture()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ru-RU");
            Assert.Equal("https://www.google.com/maps?q=40.80456,44.4939", GoogleMaps.Url(new GeoPoint(44.4939, 40.80456)));
            Assert.Equal("https://www.google.com/maps?q=40.123457,44.5", GoogleMaps.Url(new GeoPoint(44.5, 40.1234567)));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }
}
