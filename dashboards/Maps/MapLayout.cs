using Crm.Dashboards.Localization;

namespace Crm.Dashboards.Maps;

/// <summary>
/// Lays the map out: regions shaded by customers, towns as circles whose area grows with their customers, region names,
/// the legend and the boundaries' credit. Without boundaries the towns stand on a plain longitude/latitude grid and
/// the map says why.
/// </summary>
public static class MapLayout
{
    public const float Width = 800;
    private const float Margin = 14;
    private const float MaxBubbleRadius = 24;
    private const float MinBubbleRadius = 2.5f;
    private const float FooterHeight = 58;

    // Armenia with a little room, for when there are no boundaries and few towns to span the map.
    private static readonly (GeoPoint Min, GeoPoint Max) Armenia = (new GeoPoint(43.4, 38.8), new GeoPoint(46.7, 41.35));

    /// <param name="href">The link of a region (and town, when not null) drilling into its customers.</param>
    public static MapDrawing Build(MapView view, Func<string?, string?, string> href)
    {
        MapTexts words = view.Words;
        Texts formats = view.Formats;
        var placedTowns = view.Towns.Where(t => t.Position is not null).ToList();
        var (min, max) = view.Boundaries?.Bounds() ?? Armenia;
        foreach (MapTown town in placedTowns)
        {
            GeoPoint p = town.Position!.Value;
            min = new GeoPoint(Math.Min(min.Lon, p.Lon), Math.Min(min.Lat, p.Lat));
            max = new GeoPoint(Math.Max(max.Lon, p.Lon), Math.Max(max.Lat, p.Lat));
        }
        MapProjection projection = new(min, max, Width, Margin);

        ShadeScale shades = new(view.Regions.Where(r => r.Shape is not null).Select(r => r.Customers));
        List<MapArea> areas = [];
        List<MapLabel> labels = [];
        // The chosen region last: its outline would otherwise hide under its neighbours' borders.
        foreach (MapRegion region in view.Regions.Where(r => r.Shape is not null).OrderBy(r => r == view.Selected))
        {
            string name = view.RegionName(region);
            areas.Add(new MapArea(region.Id, region.Shape!.Rings.Select(ring => ring.Select(projection.Project).ToArray()).ToList(),
                shades.Fill(region.Customers), $"{name}: {formats.Count(region.Customers)}", href(region.Id, null), region == view.Selected));
            labels.Add(new MapLabel(projection.Project(region.Shape.LabelPoint()), name, 11, true, MapDrawing.Ink, "region"));
        }

        long busiestTown = placedTowns.Select(t => t.Customers).DefaultIfEmpty(1).Max();
        var bubbles = placedTowns
            .OrderByDescending(t => t.Customers) // small ones last, on top, so they stay clickable
            .Select(t => new MapBubble(projection.Project(t.Position!.Value),
                Math.Max(MinBubbleRadius, MaxBubbleRadius * (float)Math.Sqrt((double)t.Customers / Math.Max(busiestTown, 1))),
                $"{t.Name}: {formats.Count(t.Customers)}", href(t.RegionId, t.Name)))
            .ToList();

        List<MapLine> graticule = view.Boundaries is null ? Graticule(min, max, projection, labels) : [];
        float height = projection.Height + FooterHeight;
        List<MapLegendStep> legend = Legend(shades, projection.Height, formats, words, labels, view.Boundaries is not null);
        string? notice = view.Boundaries is null ? words.BoundariesMissing(MapBoundaries.FileName) : null;
        if (notice is not null) labels.Add(new MapLabel(new MapXY(Margin, Margin + 12), notice, 12, false, MapDrawing.Ink, "notice"));
        if (view.Boundaries?.Attribution is { } credit) labels.Add(new MapLabel(new MapXY(Margin, height - 8), credit, 10, false, MapDrawing.Muted, "attribution"));
        return new MapDrawing(Width, height, areas, graticule, bubbles, labels, legend, words.Title, notice);
    }

    private static List<MapLegendStep> Legend(ShadeScale shades, float top, Texts formats, MapTexts words, List<MapLabel> labels, bool shaded)
    {
        List<MapLegendStep> legend = [];
        float x = Margin, y = top + 6;
        if (shaded)
        {
            labels.Add(new MapLabel(new MapXY(x, y + 10), words.LegendShade, 11, false, MapDrawing.Muted, "legend"));
            x += 210;
            foreach (var (fill, from, to) in shades.Steps())
            {
                legend.Add(new MapLegendStep(new MapXY(x, y), 12, fill));
                string range = from == to ? formats.Count(from) : $"{formats.Count(from)}–{formats.Count(to)}";
                labels.Add(new MapLabel(new MapXY(x + 16, y + 10), range, 10, false, MapDrawing.Muted, "legend"));
                x += 26 + 7 * range.Length;
            }
        }
        labels.Add(new MapLabel(new MapXY(Margin, y + 28), words.LegendBubble, 11, false, MapDrawing.Muted, "legend"));
        return legend;
    }

    // Every half degree, labelled at the edges, so towns drawn without boundaries still read as places.
    private static List<MapLine> Graticule(GeoPoint min, GeoPoint max, MapProjection projection, List<MapLabel> labels)
    {
        List<MapLine> lines = [];
        for (double lon = Math.Ceiling(min.Lon * 2) / 2; lon <= max.Lon; lon += 0.5)
        {
            lines.Add(new MapLine(projection.Project(new GeoPoint(lon, max.Lat)), projection.Project(new GeoPoint(lon, min.Lat))));
            MapXY bottom = projection.Project(new GeoPoint(lon, min.Lat));
            labels.Add(new MapLabel(bottom with { Y = bottom.Y - 4 }, Degrees(lon, "E"), 9, true, MapDrawing.Muted, "grid"));
        }
        for (double lat = Math.Ceiling(min.Lat * 2) / 2; lat <= max.Lat; lat += 0.5)
        {
            lines.Add(new MapLine(projection.Project(new GeoPoint(min.Lon, lat)), projection.Project(new GeoPoint(max.Lon, lat))));
            MapXY left = projection.Project(new GeoPoint(min.Lon, lat));
            labels.Add(new MapLabel(left with { X = left.X + 2, Y = left.Y - 3 }, Degrees(lat, "N"), 9, false, MapDrawing.Muted, "grid"));
        }
        return lines;
    }

    private static string Degrees(double value, string hemisphere) =>
        value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "°" + hemisphere;
}
