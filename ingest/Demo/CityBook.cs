using System.Globalization;
using System.Text;

namespace Crm.Ingest.Demo;

/// <summary>
/// The towns customers and partners live in, drawn in proportion to population, with a little jitter so
/// a map shows a cloud rather than one dot per town.
/// </summary>
internal sealed class CityBook
{
    // The source gives Yerevan proper 132,800 people, an eighth of the real ~1.09 million (geo/README.md);
    // left as is, the capital would be under-represented against every village.
    private const double YerevanWeight = 960_000;
    private const double UnknownPopulationWeight = 300;

    private readonly WeightedTable<City> _table;

    private CityBook(IReadOnlyList<City> cities)
    {
        Cities = cities;
        _table = new WeightedTable<City>(cities.Select(c => (c, c.Weight)));
    }

    public IReadOnlyList<City> Cities { get; }

    public static CityBook Load(string? csvPath)
    {
        if (string.IsNullOrWhiteSpace(csvPath) || !File.Exists(csvPath)) return new CityBook(BuiltIn);
        var cities = Parse(File.ReadAllLines(csvPath, Encoding.UTF8));
        return cities.Count == 0 ? new CityBook(BuiltIn) : new CityBook(cities);
    }

    public City Draw(Random r) => _table.Draw(r);

    /// <summary>A point near the town centre; bigger towns spread wider.</summary>
    public static (double Lat, double Lon) Near(City city, Random r)
    {
        var radius = 0.003 + 0.022 * Math.Sqrt(Math.Min(city.Weight, 1_000_000) / 1_000_000);
        var lat = city.Latitude + radius * r.Normal() * 0.6;
        var lon = city.Longitude + radius * r.Normal() * 0.8;
        return (Math.Round(lat, 6), Math.Round(lon, 6));
    }

    private static List<City> Parse(string[] lines)
    {
        if (lines.Length < 2) return [];
        var header = SplitCsv(lines[0]);
        int Col(string name) => Array.IndexOf(header, name);
        int en = Col("name_en"), hy = Col("name_hy"), region = Col("region"), lat = Col("lat"), lon = Col("lon"),
            pop = Col("population"), byPolygon = Col("region_by_polygon");
        if (new[] { en, hy, region, lat, lon }.Any(i => i < 0)) return [];

        var cities = new List<City>();
        foreach (var line in lines.Skip(1))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var f = SplitCsv(line);
            if (f.Length <= Math.Max(lat, lon)) continue;
            if (!double.TryParse(f[lat], NumberStyles.Float, CultureInfo.InvariantCulture, out var la) ||
                !double.TryParse(f[lon], NumberStyles.Float, CultureInfo.InvariantCulture, out var lo)) continue;
            var weight = pop >= 0 && pop < f.Length && double.TryParse(f[pop], NumberStyles.Float, CultureInfo.InvariantCulture, out var p)
                ? p : UnknownPopulationWeight;
            var nameEn = f[en];
            if (nameEn == "Yerevan") weight = YerevanWeight;
            // Maps colour regions by polygon; a town whose listed region disagrees with the polygon it lies
            // in would land on the wrong region, so the polygon wins (except the few points just outside).
            var reg = byPolygon >= 0 && byPolygon < f.Length && f[byPolygon].Length > 0 && f[byPolygon] != "outside"
                ? f[byPolygon] : f[region];
            cities.Add(new City(nameEn, FixArmenianName(nameEn, f[hy]), reg, la, lo, Math.Max(weight, 1)));
        }
        return cities;
    }

    /// <summary>Known slips of the source (geo/README.md): Gyumri carries its region's name, some are lower-case.</summary>
    private static string FixArmenianName(string nameEn, string nameHy)
    {
        if (nameEn == "Gyumri") return "Գյումրի";
        if (nameHy.Length == 0) return nameEn;
        return char.ToUpperInvariant(nameHy[0]) + nameHy[1..];
    }

    private static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else sb.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(c);
        }
        fields.Add(sb.ToString());
        return fields.ToArray();
    }

    /// <summary>The regional centres and larger towns, for when the CSV is not at hand.</summary>
    private static readonly City[] BuiltIn =
    [
        new("Yerevan", "Երևան", "Yerevan", 40.18111, 44.51361, YerevanWeight),
        new("Gyumri", "Գյումրի", "Shirak", 40.7942, 43.84528, 121_976),
        new("Vanadzor", "Վանաձոր", "Lori", 40.80456, 44.4939, 90_525),
        new("Hrazdan", "Հրազդան", "Kotayk", 40.49748, 44.7662, 52_283),
        new("Abovyan", "Աբովյան", "Kotayk", 40.27368, 44.63348, 47_546),
        new("Vagharshapat", "Վաղարշապատ", "Armavir", 40.16557, 44.29462, 45_842),
        new("Kapan", "Կապան", "Syunik", 39.20755, 46.40576, 32_900),
        new("Armavir", "Արմավիր", "Armavir", 40.15446, 44.03815, 29_700),
        new("Sevan", "Սևան", "Gegharkunik", 40.5473, 44.94171, 23_200),
        new("Ashtarak", "Աշտարակ", "Aragatsotn", 40.2991, 44.36204, 21_600),
        new("Masis", "Մասիս", "Ararat", 40.06542, 44.41618, 21_376),
        new("Artashat", "Արտաշատ", "Ararat", 39.96144, 44.54447, 21_300),
        new("Ijevan", "Իջևան", "Tavush", 40.87877, 45.14851, 19_200),
        new("Gavarr", "Գավառ", "Gegharkunik", 40.35398, 45.12386, 18_900),
        new("Goris", "Գորիս", "Syunik", 39.51111, 46.34168, 17_113),
        new("Dilijan", "Դիլիջան", "Tavush", 40.7417, 44.8501, 16_600),
        new("Alaverdi", "Ալավերդի", "Lori", 41.09766, 44.67316, 13_000),
        new("Vardenis", "Վարդենիս", "Gegharkunik", 40.18329, 45.73053, 12_575),
        new("Spitak", "Սպիտակ", "Lori", 40.83221, 44.26731, 12_000),
        new("Metsamor", "Մեծամոր", "Armavir", 40.14447, 44.1167, 9_131),
        new("Yeghegnadzor", "Եղեգնաձոր", "Vayots Dzor", 39.76389, 45.33239, 7_633),
    ];
}
