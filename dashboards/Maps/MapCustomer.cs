namespace Crm.Dashboards.Maps;

/// <summary>One customer of the region the map was drilled into.</summary>
public sealed record MapCustomer(long Id, string Name, string? City, string Segment, GeoPoint? Position, DateTime? CreatedAt, decimal Revenue)
{
    /// <summary>Google Maps at the customer's coordinates (nothing is fetched from it; the reader follows the link); null without coordinates.</summary>
    public string? GoogleMapsUrl => Position is { } p ? GoogleMaps.Url(p) : null;
}
