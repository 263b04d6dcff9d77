namespace Crm.Dashboards.Maps;

/// <summary>A town's circle, its area proportional to its customers; <paramref name="Href"/> lists them.</summary>
public sealed record MapBubble(MapXY Centre, float Radius, string Title, string Href);
