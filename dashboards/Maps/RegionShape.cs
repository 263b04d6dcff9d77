namespace Crm.Dashboards.Maps;

/// <summary>
/// One region's outline from the boundary file: every ring of every polygon (outer rings and holes alike, read with
/// the even-odd rule, which is how both SVG and the PDF fill them).
/// </summary>
public sealed record RegionShape(string NameEn, string NameHy, string IsoCode, IReadOnlyList<GeoPoint[]> Rings)
{
    /// <summary>The map's id of the region: the warehouse key its English name would have.</summary>
    public string Id { get; } = RegionSlug.Of(NameEn);

    public bool Contains(GeoPoint point)
    {
        bool inside = false;
        foreach (GeoPoint[] ring in Rings)
        {
            for (int i = 0, j = ring.Length - 1; i < ring.Length; j = i++)
            {
                GeoPoint a = ring[i], b = ring[j];
                if ((a.Lat > point.Lat) != (b.Lat > point.Lat)
                    && point.Lon < (b.Lon - a.Lon) * (point.Lat - a.Lat) / (b.Lat - a.Lat) + a.Lon)
                    inside = !inside;
            }
        }
        return inside;
    }

    /// <summary>Where the region's name goes: the centroid of its largest ring (an exclave does not pull it away).</summary>
    public GeoPoint LabelPoint()
    {
        GeoPoint[] ring = Rings.MaxBy(r => Math.Abs(SignedArea(r)))!;
        double area = SignedArea(ring);
        if (Math.Abs(area) < 1e-12) return new GeoPoint(ring.Average(p => p.Lon), ring.Average(p => p.Lat));
        double lon = 0, lat = 0;
        for (int i = 0, j = ring.Length - 1; i < ring.Length; j = i++)
        {
            double cross = ring[j].Lon * ring[i].Lat - ring[i].Lon * ring[j].Lat;
            lon += (ring[j].Lon + ring[i].Lon) * cross;
            lat += (ring[j].Lat + ring[i].Lat) * cross;
        }
        return new GeoPoint(lon / (6 * area), lat / (6 * area));
    }

    private static double SignedArea(GeoPoint[] ring)
    {
        double sum = 0;
        for (int i = 0, j = ring.Length - 1; i < ring.Length; j = i++)
            sum += ring[j].Lon * ring[i].Lat - ring[i].Lon * ring[j].Lat;
        return sum / 2;
    }
}
