namespace Crm.Dashboards.Maps;

/// <summary>
/// Equirectangular projection with longitudes shortened by the cosine of the middle latitude: over a country the size
/// of Armenia it keeps shapes as the eye knows them, and needs no projection library. Fits the bounds into a box of
/// the given width, north up, with a margin.
/// </summary>
public sealed class MapProjection
{
    private readonly double _minLon, _maxLat, _scale, _lonFactor;
    private readonly float _margin;

    public MapProjection(GeoPoint min, GeoPoint max, float width, float margin)
    {
        _minLon = min.Lon;
        _maxLat = max.Lat;
        _margin = margin;
        _lonFactor = Math.Cos((min.Lat + max.Lat) / 2 * Math.PI / 180);
        double spanX = Math.Max((max.Lon - min.Lon) * _lonFactor, 1e-6);
        double spanY = Math.Max(max.Lat - min.Lat, 1e-6);
        _scale = (width - 2 * margin) / spanX;
        Width = width;
        Height = (float)(spanY * _scale) + 2 * margin;
    }

    public float Width { get; }

    public float Height { get; }

    public MapXY Project(GeoPoint point) => new(
        _margin + (float)((point.Lon - _minLon) * _lonFactor * _scale),
        _margin + (float)((_maxLat - point.Lat) * _scale));
}
