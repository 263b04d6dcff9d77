using System.Text.Json;

namespace Crm.Dashboards.Maps;

/// <summary>
/// The regions of Armenia as read from the boundary GeoJSON (armenia-regions.geojson: geoBoundaries ADM1 with
/// name_en, name_hy and iso_3166_2 per feature). It is read where it lies and never copied: its ODbL licence asks
/// that the attribution travel with every map drawn from it.
/// </summary>
public sealed record MapBoundaries(IReadOnlyList<RegionShape> Regions, string Attribution)
{
    public const string FileName = "armenia-regions.geojson";

    /// <summary>The credit geo/README.md asks for, used when the file carries no attribution of its own.</summary>
    public const string DefaultAttribution =
        "Boundaries: geoBoundaries (gbOpen ARM ADM1), © OpenStreetMap contributors, ODbL 1.0";

    /// <exception cref="JsonException">The file is not GeoJSON of the expected shape.</exception>
    public static MapBoundaries Parse(Stream geoJson)
    {
        using JsonDocument doc = JsonDocument.Parse(geoJson);
        JsonElement root = doc.RootElement;
        List<RegionShape> regions = [];
        foreach (JsonElement feature in Array(root, "features"))
        {
            JsonElement properties = feature.GetProperty("properties");
            string nameEn = Text(properties, "name_en") ?? Text(properties, "shapeName") ?? Text(properties, "gb_shapeName")
                ?? throw new JsonException("a feature has no name_en");
            List<GeoPoint[]> rings = [];
            JsonElement geometry = feature.GetProperty("geometry");
            JsonElement coordinates = geometry.GetProperty("coordinates");
            switch (geometry.GetProperty("type").GetString())
            {
                case "Polygon":
                    rings.AddRange(coordinates.EnumerateArray().Select(Ring));
                    break;
                case "MultiPolygon":
                    rings.AddRange(coordinates.EnumerateArray().SelectMany(polygon => polygon.EnumerateArray()).Select(Ring));
                    break;
                default:
                    continue; // points or lines name no area to shade
            }
            if (rings.Count == 0) continue;
            regions.Add(new RegionShape(nameEn, Text(properties, "name_hy") ?? nameEn, Text(properties, "iso_3166_2") ?? "", rings));
        }
        if (regions.Count == 0) throw new JsonException("no Polygon or MultiPolygon features");
        string attribution = Text(root, "attribution") is { Length: > 0 } credit ? credit : DefaultAttribution;
        return new MapBoundaries(regions, attribution);
    }

    public (GeoPoint Min, GeoPoint Max) Bounds()
    {
        var points = Regions.SelectMany(r => r.Rings).SelectMany(ring => ring).ToList();
        return (new GeoPoint(points.Min(p => p.Lon), points.Min(p => p.Lat)), new GeoPoint(points.Max(p => p.Lon), points.Max(p => p.Lat)));
    }

    private static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : throw new JsonException($"'{name}' is not an array");

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static GeoPoint[] Ring(JsonElement ring) =>
        ring.EnumerateArray().Select(p => new GeoPoint(p[0].GetDouble(), p[1].GetDouble())).ToArray();
}
