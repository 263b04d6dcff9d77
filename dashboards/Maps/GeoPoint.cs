namespace Crm.Dashboards.Maps;

/// <summary>A WGS84 position (EPSG:4326), longitude first as GeoJSON writes it.</summary>
public readonly record struct GeoPoint(double Lon, double Lat);
