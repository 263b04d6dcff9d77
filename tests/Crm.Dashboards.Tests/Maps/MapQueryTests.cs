using Crm.Dashboards.Localization;
using Crm.Dashboards.Maps;
using Crm.Dashboards.Reports;
using Crm.Testing;

namespace Crm.Dashboards.Tests.Maps;

/// <summary>The map read from the demo warehouse: regions on their boundaries, and a region's customers adding up to its row.</summary>
public sealed class MapQueryTests(DemoWarehouse demo) : IClassFixture<DemoWarehouse>
{
    private static readonly MapBoundaryFile Boundaries = new(SampleMap.GeoDirectory);

    private MapView Run(params (string, string)[] filters)
    {
        using var conn = demo.Store.OpenRead();
        return MapQuery.Run(conn, SampleMap.Filter([("from", "2025-01-01"), ("to", "2025-12-31"), .. filters]), ReportScope.All, Language.En,
            Boundaries, SampleMap.AsOf, out var errors) ?? throw new InvalidOperationException(string.Join("; ", errors));
    }

    private List<string> Errors(params (string, string)[] filters)
    {
        using var conn = demo.Store.OpenRead();
        Assert.Null(MapQuery.Run(conn, SampleMap.Filter(filters), ReportScope.All, Language.En, Boundaries, null, out var errors));
        return errors;
    }

    [Fact]
    public void EveryDemoRegionFallsOnItsBoundary()
    {
        MapView map = Run();

        Assert.Equal(11, map.Regions.Count(r => r.Shape is not null));
        Assert.All(map.Regions.Where(r => !r.IsUnknown), r => Assert.NotNull(r.Shape));
        Assert.All(map.Regions.Where(r => r.Shape is not null), r => Assert.True(r.Customers > 0, $"{r.Id} has no customers"));
        Assert.Equal("yerevan", map.Regions[0].Id);
        Assert.True(map.Towns.Count > 100);
        Assert.All(map.Towns.Where(t => t.Position is not null), t =>
            Assert.True(map.Regions.Single(r => r.Id == t.RegionId).Shape!.Contains(t.Position!.Value) || t.Customers < 50,
                $"{t.Name} ({t.Customers} customers) lies outside {t.RegionId}"));
        Assert.NotEmpty(map.Options.Departments);
        Assert.NotEmpty(map.Options.Agents);
        Assert.NotEmpty(map.Options.Sources);
        Assert.Contains(map.Options.Segments, o => o.Value == "retail");
    }

    [Theory]
    [InlineData("lori", null)]
    [InlineData("yerevan", "retail")]
    public void RegionCustomersAddUpToItsRow(string region, string? segment)
    {
        (string, string)[] filters = segment is null ? [("region", region)] : [("region", region), ("segment", segment)];
        MapView map = Run([.. filters, ("limit", MapFilter.MaxLimit.ToString())]);

        MapRegion row = map.Regions.Single(r => r.Id == region);
        Assert.Same(row, map.Selected);
        Assert.Equal(row.Customers, map.CustomersTotal);
        Assert.Equal(row.Customers, map.Customers.Count);
        Assert.Equal(row.Revenue, map.Customers.Sum(c => c.Revenue));
        Assert.Equal(map.Customers.Select(c => c.Revenue).OrderDescending(), map.Customers.Select(c => c.Revenue));
        Assert.All(map.Customers, c => Assert.StartsWith("https://www.google.com/maps?q=", c.GoogleMapsUrl));
        if (segment is not null) Assert.All(map.Customers, c => Assert.Equal(segment, c.Segment));
    }

    [Fact]
    public void TownDrillListsThatTownsCustomersAndTheLimitKeepsTheTotal()
    {
        MapTown town = Run().Towns.Where(t => t.RegionId == "lori").MaxBy(t => t.Customers)!;

        MapView map = Run(("region", "lori"), ("city", town.Name), ("limit", "5"));

        Assert.Equal(5, map.Customers.Count);
        Assert.Equal(town.Customers, map.CustomersTotal);
        Assert.All(map.Customers, c => Assert.Equal(town.Name, c.City));
    }

    [Fact]
    public void UnknownRegionOrDepartmentIsNamed()
    {
        Assert.Contains("'region': there is no region 'atlantis'", Errors(("region", "atlantis")));
        Assert.Contains(Errors(("department", "999999")), e => e.Contains("'department'"));
    }
}
