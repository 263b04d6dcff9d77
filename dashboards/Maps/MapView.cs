using Crm.Dashboards.Localization;

namespace Crm.Dashboards.Maps;

/// <summary>Everything the map's page and PDF show, read from one warehouse version.</summary>
/// <param name="Boundaries">The region outlines; null when the boundary file is missing or unreadable.</param>
/// <param name="BoundaryPath">Where the boundary file was looked for, to say so when it is missing.</param>
/// <param name="Selected">The region whose customers are listed; null when none was chosen.</param>
/// <param name="CustomersTotal">How many customers the selected region has under the filters (more than listed beyond the limit).</param>
public sealed record MapView(
    MapFilter Filter,
    Language Language,
    DateTimeOffset? WarehouseAsOf,
    string ScopeLabel,
    IReadOnlyList<MapRegion> Regions,
    IReadOnlyList<MapTown> Towns,
    MapBoundaries? Boundaries,
    string BoundaryPath,
    MapFilterOptions Options,
    MapRegion? Selected,
    IReadOnlyList<MapCustomer> Customers,
    long CustomersTotal)
{
    public Texts Formats => Texts.For(Language);

    public MapTexts Words => MapTexts.For(Language);

    public string RegionName(MapRegion region) => region.DisplayName(Language, Formats.Unknown);
}
