using Crm.Dashboards.Localization;
using Crm.Dashboards.Reports;
using DuckDB.NET.Data;

namespace Crm.Dashboards.Maps;

/// <summary>
/// Reads the map from the warehouse: the customers_map report by town (summed into regions here, so the report runs
/// once), the chosen region's customers and the filters' choices.
/// </summary>
public static class MapQuery
{
    private const string RegionName = "select region_name from dim_region where region_key = $key";

    /// <summary>The map, or null with <paramref name="errors"/> naming filter values the warehouse does not know.</summary>
    public static MapView? Run(DuckDBConnection conn, MapFilter filter, ReportScope scope, Language language,
        MapBoundaryFile boundaryFile, DateTimeOffset? asOf, out List<string> errors)
    {
        errors = ReportMembers.Unknown(conn, filter.Report);
        if (errors.Count > 0) return null;

        MapBoundaries? boundaries = boundaryFile.Current();
        var (regions, towns) = MapRegions.From(ReportRunner.Run(conn, filter.Report, scope), boundaries);

        MapRegion? selected = null;
        IReadOnlyList<MapCustomer> customers = [];
        long total = 0;
        if (filter.Region is { } id)
        {
            selected = regions.FirstOrDefault(r => r.Id == id) ?? regions.FirstOrDefault(r => r.WarehouseKeys.Contains(id)) ?? Empty(conn, id);
            if (selected is null)
            {
                errors.Add($"'region': there is no region '{id}'");
                return null;
            }
            (customers, total) = MapCustomersQuery.Run(conn, filter, selected, scope);
        }

        MapTexts words = MapTexts.For(language);
        return new MapView(filter, language, asOf, scope.Describe(Texts.For(language)), regions, towns, boundaries,
            boundaryFile.Path, MapFilterOptionsQuery.Run(conn, filter, language, words), selected, customers, total);
    }

    // A region the warehouse knows but whose customers the filters leave out: listed, empty.
    private static MapRegion? Empty(DuckDBConnection conn, string key)
    {
        using DuckDBCommand cmd = conn.CreateCommand();
        cmd.CommandText = RegionName;
        cmd.Parameters.Add(new DuckDBParameter("key", key));
        return cmd.ExecuteScalar() is string name ? new MapRegion(key, name, [key], null, 0, 0, 0, 0, null) : null;
    }
}
