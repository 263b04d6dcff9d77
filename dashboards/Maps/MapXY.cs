namespace Crm.Dashboards.Maps;

/// <summary>A projected point: units from the drawing's top-left corner (SVG user units, scaled to points in the PDF).</summary>
public readonly record struct MapXY(float X, float Y);
