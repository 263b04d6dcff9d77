using System.Text;
using Crm.Dashboards.Maps;

namespace Crm.Dashboards.Tests.Maps;

public sealed class MapBoundariesTests
{
    [Fact]
    public void SharedBoundaryFileHasTheElevenRegionsAndItsOdblCredit()
    {
        MapBoundaries map = SampleMap.Boundaries;

        Assert.Equal(11, map.Regions.Count);
        Assert.Equal("AM-ER", map.Regions.Single(r => r.NameEn == "Yerevan").IsoCode);
        Assert.Equal("Վայոց ձոր", map.Regions.Single(r => r.Id == "vayots-dzor").NameHy);
        Assert.Contains("OpenStreetMap", map.Attribution);
        Assert.Contains("ODbL", map.Attribution);
        var (min, max) = map.Bounds();
        Assert.InRange(min.Lon, 43.3, 43.6);
        Assert.InRange(max.Lat, 41.2, 41.4);
    }

    [Fact]
    public void RegionContainsItsCapitalAndNotItsNeighbours()
    {
        RegionShape lori = SampleMap.Boundaries.Regions.Single(r => r.NameEn == "Lori");
        GeoPoint vanadzor = new(44.4939, 40.80456), gyumri = new(43.84528, 40.7942);

        Assert.True(lori.Contains(vanadzor));
        Assert.False(lori.Contains(gyumri));
        Assert.True(lori.Contains(lori.LabelPoint()));
    }

    [Fact]
    public void ExclaveIsPartOfItsRegion()
    {
        // Artsvashen, Gegharkunik's exclave inside Azerbaijan: the region is a MultiPolygon.
        RegionShape gegharkunik = SampleMap.Boundaries.Regions.Single(r => r.NameEn == "Gegharkunik");

        Assert.True(gegharkunik.Rings.Count >= 2);
        Assert.True(gegharkunik.Contains(new GeoPoint(45.50, 40.632)));
        Assert.False(SampleMap.Boundaries.Regions.Single(r => r.NameEn == "Tavush").Contains(new GeoPoint(45.50, 40.632)));
    }

    [Fact]
    public void MissingOrBrokenFileGivesNoBoundariesRatherThanAnError()
    {
        string folder = Directory.CreateTempSubdirectory("crm-geo-").FullName;
        try
        {
            MapBoundaryFile file = new(folder);
            Assert.Null(file.Current());

            File.WriteAllText(Path.Combine(folder, MapBoundaries.FileName), "{ \"type\": \"FeatureCollection\", \"features\": [ { \"oops\"", Encoding.UTF8);
            Assert.Null(file.Current());

            File.WriteAllText(Path.Combine(folder, MapBoundaries.FileName), "{ \"type\": \"FeatureCollection\", \"features\": [ { \"type\": \"Feature\" } ] }");
            Assert.Null(file.Current());

            File.Copy(Path.Combine(SampleMap.GeoDirectory, MapBoundaries.FileName), Path.Combine(folder, MapBoundaries.FileName), overwrite: true);
            Assert.Equal(11, file.Current()?.Regions.Count);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void FileWithoutAnAttributionGetsTheCreditTheDataAsksFor()
    {
        const string geoJson = """
            { "type": "FeatureCollection", "features": [ { "type": "Feature",
              "properties": { "name_en": "Lori", "name_hy": "Լոռի", "iso_3166_2": "AM-LO" },
              "geometry": { "type": "Polygon", "coordinates": [ [ [44, 40.5], [45, 40.5], [45, 41], [44, 40.5] ] ] } } ] }
            """;
        MapBoundaries map = MapBoundaries.Parse(new MemoryStream(Encoding.UTF8.GetBytes(geoJson)));

        Assert.Equal(MapBoundaries.DefaultAttribution, map.Attribution);
        Assert.Equal("lori", Assert.Single(map.Regions).Id);
    }
}
