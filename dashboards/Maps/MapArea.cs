namespace Crm.Dashboards.Maps;

/// <summary>A region shaded on the map; <paramref name="Href"/> drills into its customers.</summary>
/// <param name="Selected">Whether it is the region whose customers are listed.</param>
public sealed record MapArea(string RegionId, IReadOnlyList<MapXY[]> Rings, string Fill, string Title, string Href, bool Selected);
