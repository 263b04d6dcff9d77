using Crm.Dashboards.Reports;

namespace Crm.Dashboards.Maps;

/// <summary>
/// Turns the customers_map report's town rows into the map's regions and towns: each warehouse region is matched to
/// its boundary (<see cref="RegionMatcher"/>), regions that land on the same boundary are summed, and every boundary
/// gets a region even when it has no customers, so the whole country is drawn and listed.
/// </summary>
public static class MapRegions
{
    public static (IReadOnlyList<MapRegion> Regions, IReadOnlyList<MapTown> Towns) From(ReportResult towns, MapBoundaries? boundaries)
    {
        int key = towns.Ordinal("region_key"), name = towns.Ordinal("region_name"), city = towns.Ordinal("city"),
            lat = towns.Ordinal("latitude"), lon = towns.Ordinal("longitude"), customers = towns.Ordinal("customers"),
            fresh = towns.Ordinal("new_customers"), revenue = towns.Ordinal("revenue"), share = towns.Ordinal("share_of_customers");

        RegionMatcher? matcher = boundaries is null ? null : new RegionMatcher(boundaries.Regions);
        var warehouseRegions = towns.Rows.GroupBy(r => (string)r[key]!).Select(g =>
        {
            GeoPoint? centre = Centre(g.Select(r => (Position(r[lon], r[lat]), Convert.ToInt64(r[customers]))));
            string regionName = (string?)g.First()[name] ?? g.Key;
            return new MapRegion(g.Key, regionName, [g.Key], matcher?.Match(g.Key, regionName, centre),
                g.Sum(r => Convert.ToInt64(r[customers])), g.Sum(r => Convert.ToInt64(r[fresh])),
                g.Sum(r => Convert.ToDecimal(r[revenue])), g.Sum(r => Convert.ToDouble(r[share])), centre);
        }).ToList();

        List<MapRegion> regions = warehouseRegions.Where(r => r.Shape is null).ToList();
        foreach (RegionShape shape in boundaries?.Regions ?? [])
        {
            var on = warehouseRegions.Where(r => r.Shape == shape).OrderByDescending(r => r.Customers).ToList();
            regions.Add(new MapRegion(shape.Id, on.FirstOrDefault()?.WarehouseName ?? shape.NameEn, on.SelectMany(r => r.WarehouseKeys).ToList(),
                shape, on.Sum(r => r.Customers), on.Sum(r => r.NewCustomers), on.Sum(r => r.Revenue), on.Sum(r => r.Share),
                Centre(on.Select(r => (r.Centre, r.Customers)))));
        }
        var regionOfKey = regions.SelectMany(r => r.WarehouseKeys.Select(k => (k, r.Id))).ToDictionary(p => p.k, p => p.Id);

        var mapTowns = towns.Rows
            .Where(r => r[city] is not null && (string)r[key]! != "-1")
            .Select(r => new MapTown(regionOfKey[(string)r[key]!], (string)r[city]!,
                Position(r[lon], r[lat]),
                Convert.ToInt64(r[customers]), Convert.ToInt64(r[fresh]), Convert.ToDecimal(r[revenue])))
            .ToList();
        return (regions.OrderByDescending(r => r.Customers).ThenBy(r => r.IsUnknown).ThenBy(r => r.Id, StringComparer.Ordinal).ToList(), mapTowns);
    }

    private static GeoPoint? Position(object? lon, object? lat) =>
        lon is null || lat is null ? null : new GeoPoint(Convert.ToDouble(lon), Convert.ToDouble(lat));

    /// <summary>The average position weighted by customers, over the places that have one.</summary>
    private static GeoPoint? Centre(IEnumerable<(GeoPoint? Position, long Customers)> places)
    {
        var placed = places.Where(p => p.Position is not null && p.Customers > 0).ToList();
        long total = placed.Sum(p => p.Customers);
        if (total == 0) return null;
        return new GeoPoint(placed.Sum(p => p.Position!.Value.Lon * p.Customers) / total,
            placed.Sum(p => p.Position!.Value.Lat * p.Customers) / total);
    }
}
