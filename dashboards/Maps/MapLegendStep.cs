namespace Crm.Dashboards.Maps;

/// <summary>One swatch of the legend (its text is a <see cref="MapLabel"/> beside it).</summary>
public sealed record MapLegendStep(MapXY At, float Size, string Fill);
