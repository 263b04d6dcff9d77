using Crm.Dashboards.Localization;
using Crm.Dashboards.Maps;
using Crm.Dashboards.Reports;
using Crm.Dashboards.Reports.Customers;
using Crm.Testing;

namespace Crm.Dashboards.Tests.Maps;

/// <summary>
/// A small map: towns in Yerevan, Lori (spelled two ways in the warehouse), Shirak, a region no boundary knows and
/// customers with no region, over the real boundary file from ../shared/geo.
/// </summary>
internal static class SampleMap
{
    public static readonly DateOnly Today = new(2026, 11, 25);
    public static readonly DateTimeOffset AsOf = new(2026, 11, 25, 7, 0, 0, TimeSpan.Zero);

    public static string GeoDirectory => SharedData.Path("geo") ?? throw new InvalidOperationException("../shared/geo is needed");

    public static MapBoundaries Boundaries { get; } = Load();

    public static ReportResult Towns { get; } = new(CustomersMapReport.Definition, CustomersMapReport.Definition.Columns,
    [
        ["yerevan", "Yerevan", "Երևան", 40.18, 44.51, 500L, 100L, 1_000_000m, 0.5],
        ["lori", "Lori", "Վանաձոր", 40.80, 44.49, 200L, 30L, 300_000m, 0.2],
        ["lori-marz", "Lori marz", "Սպիտակ", 40.83, 44.27, 50L, 5L, 50_000m, 0.05],
        ["shirak", "Shirak", "Գյումրի", 40.79, 43.85, 150L, 20L, 200_000m, 0.15],
        ["atlantis", "Atlantis", "unknown", null, null, 20L, 2L, 0m, 0.02],
        ["-1", "Unknown", "unknown", null, null, 80L, 10L, 0m, 0.08],
    ]);

    public static readonly MapCustomer[] LoriCustomers =
    [
        new(11, "«Արևիկ» ՍՊԸ", "Վանաձոր", "smb", new GeoPoint(44.4939, 40.80456), new DateTime(2025, 3, 1, 9, 0, 0, DateTimeKind.Utc), 120_000m),
        new(12, "Anna <Petrosyan>", "Սպիտակ", "retail", new GeoPoint(44.26731, 40.83221), new DateTime(2025, 6, 1, 9, 0, 0, DateTimeKind.Utc), 50_000m),
        new(13, "Без координат", null, "vip", null, null, 0m),
    ];

    public static MapFilter Filter(params (string Name, string Value)[] values)
    {
        var query = new Dictionary<string, string?> { ["from"] = "2026-01-01", ["to"] = "2026-03-31" };
        foreach (var (name, value) in values) query[name] = value;
        return MapFilter.Parse(query, Today, out var errors) ?? throw new ArgumentException(string.Join("; ", errors));
    }

    public static MapView View(Language language, string? region = null, bool boundaries = true)
    {
        MapFilter filter = region is null ? Filter() : Filter(("region", region));
        MapBoundaries? shapes = boundaries ? Boundaries : null;
        var (regions, towns) = MapRegions.From(Towns, shapes);
        MapRegion? selected = region is null ? null : regions.Single(r => r.Id == region);
        IReadOnlyList<MapCustomer> customers = region == "lori" ? LoriCustomers : [];
        MapFilterOptions options = new([new("3", "Վանաձորի մասնաճյուղ")], [new("7", "Aram Petrosyan")], [new("web", "Website")],
            [new("retail", MapTexts.For(language).SegmentName("retail"))]);
        return new MapView(filter, language, AsOf, "Ամբողջ ընկերությունը", regions, towns, shapes, "/nowhere/armenia-regions.geojson",
            options, selected, customers, customers.Count + 40);
    }

    private static MapBoundaries Load()
    {
        using FileStream file = File.OpenRead(Path.Combine(GeoDirectory, MapBoundaries.FileName));
        return MapBoundaries.Parse(file);
    }
}
