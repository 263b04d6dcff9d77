using Crm.Dashboards.Localization;

namespace Crm.Dashboards.Maps;

/// <summary>
/// A region as the map shows it: a boundary (when one matched) with the warehouse regions that fell on it summed, or
/// a warehouse region that matched no boundary, on its own.
/// </summary>
/// <param name="Id">The map's key for it: the boundary's <see cref="RegionShape.Id"/>, else the warehouse's region key.</param>
/// <param name="WarehouseKeys">The warehouse region keys counted here.</param>
/// <param name="Centre">The customers' average position; null when none has coordinates.</param>
public sealed record MapRegion(
    string Id,
    string WarehouseName,
    IReadOnlyList<string> WarehouseKeys,
    RegionShape? Shape,
    long Customers,
    long NewCustomers,
    decimal Revenue,
    double Share,
    GeoPoint? Centre)
{
    public bool IsUnknown => WarehouseKeys is ["-1"];

    /// <summary>The boundary's name in the language (the file has English and Armenian; Russian is ours), else the warehouse's.</summary>
    public string DisplayName(Language language, string unknown)
    {
        if (IsUnknown) return unknown;
        if (Shape is null) return WarehouseName;
        return language switch
        {
            Language.Hy => Shape.NameHy,
            Language.Ru => RegionNamesRu.Of(Shape.IsoCode) ?? Shape.NameEn,
            _ => Shape.NameEn,
        };
    }
}
