namespace Crm.Dashboards.Maps;

/// <summary>A piece of text on the map, centred on its point (a region's name) or starting at it (legend, credits).</summary>
/// <param name="Role">What it is (region, legend, grid, notice, attribution): the SVG's class, for styling and tests.</param>
public sealed record MapLabel(MapXY At, string Text, float Size, bool Centred, string Colour, string Role);
