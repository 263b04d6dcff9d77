namespace Crm.Dashboards.Maps;

/// <summary>A straight line: the graticule drawn when there are no boundaries to place the towns against.</summary>
public sealed record MapLine(MapXY From, MapXY To);
