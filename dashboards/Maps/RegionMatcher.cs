namespace Crm.Dashboards.Maps;

/// <summary>
/// Finds the boundary a warehouse region belongs to. The warehouse keeps regions as they were typed (its key is a
/// slug of the commonest spelling), the boundary file has its own English and Armenian names: they meet on
/// <see cref="RegionNameKey"/>, allowing a letter or two of difference for transliteration ("Siunik", "Gegarkunik",
/// "Շիրակի"). A name that matches nothing, or two regions equally well, falls back to the boundary containing the
/// region's customers' average position.
/// </summary>
public sealed class RegionMatcher
{
    private readonly IReadOnlyList<RegionShape> _shapes;
    private readonly List<(RegionShape Shape, string Key)> _names = [];

    public RegionMatcher(IReadOnlyList<RegionShape> shapes)
    {
        _shapes = shapes;
        foreach (RegionShape shape in shapes)
        {
            string?[] names = [shape.NameEn, shape.NameHy, RegionNamesRu.Of(shape.IsoCode), shape.IsoCode];
            foreach (string name in names.OfType<string>().Where(n => n.Length > 0))
                _names.Add((shape, RegionNameKey.Of(name)));
        }
    }

    public RegionShape? Match(string regionKey, string? regionName, GeoPoint? position)
    {
        if (regionKey == "-1") return null; // the warehouse's unknown member: no place at all
        return ByName(regionName) ?? ByName(regionKey) ?? ByPosition(position);
    }

    private RegionShape? ByName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        string key = RegionNameKey.Of(name);
        if (key.Length == 0) return null;
        var ranked = _names
            .GroupBy(n => n.Shape)
            .Select(g => (Shape: g.Key, Distance: g.Min(n => Distance(key, n.Key))))
            .OrderBy(c => c.Distance)
            .Take(2)
            .ToList();
        if (ranked.Count == 0 || ranked[0].Distance > Tolerance(key)) return null;
        bool tied = ranked.Count > 1 && ranked[1].Distance == ranked[0].Distance;
        return tied ? null : ranked[0].Shape;
    }

    private RegionShape? ByPosition(GeoPoint? position) =>
        position is { } p ? _shapes.FirstOrDefault(shape => shape.Contains(p)) : null;

    // A short name ("Lori") may differ by one letter, a longer one by two; more would start matching neighbours.
    private static int Tolerance(string key) => key.Length <= 2 ? 0 : key.Length <= 6 ? 1 : 2;

    private static int Distance(string a, string b)
    {
        int[] previous = Enumerable.Range(0, b.Length + 1).ToArray();
        int[] current = new int[b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
