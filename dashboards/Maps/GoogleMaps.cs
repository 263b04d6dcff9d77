using System.Globalization;

namespace Crm.Dashboards.Maps;

/// <summary>Links to Google Maps; the map itself is drawn offline and fetches nothing.</summary>
public static class GoogleMaps
{
    /// <summary>https://www.google.com/maps?q=LAT,LON, with invariant decimal points whatever the server's culture.</summary>
    public static string Url(GeoPoint point) =>
        $"https://www.google.com/maps?q={Coordinate(point.Lat)},{Coordinate(point.Lon)}";

    /// <summary>Six decimals: about 10 cm, more than any address is precise to.</summary>
    public static string Coordinate(double degrees) => Math.Round(degrees, 6).ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>"40.80456, 44.4939": five decimals (about a metre) are what a reader can use; the link keeps six.</summary>
    public static string Shown(GeoPoint point) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Round(point.Lat, 5):0.#####}, {Math.Round(point.Lon, 5):0.#####}");
}
