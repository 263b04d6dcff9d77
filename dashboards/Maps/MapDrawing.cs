namespace Crm.Dashboards.Maps;

/// <summary>
/// The map laid out once, in drawing units, for both outputs: <see cref="MapSvg"/> writes it for the page and
/// <see cref="MapPdf"/> paints the same shapes as PDF vectors. Colours are #rrggbb.
/// </summary>
/// <param name="Notice">Said on the map when something is missing (the boundary file); null otherwise.</param>
public sealed record MapDrawing(
    float Width,
    float Height,
    IReadOnlyList<MapArea> Areas,
    IReadOnlyList<MapLine> Graticule,
    IReadOnlyList<MapBubble> Bubbles,
    IReadOnlyList<MapLabel> Labels,
    IReadOnlyList<MapLegendStep> Legend,
    string Title,
    string? Notice)
{
    public const string Background = "#f7f9fb";
    public const string NoCustomers = "#e4e9ee";
    public const string Outline = "#ffffff";
    public const string BubbleFill = "#e07b39";
    public const string BubbleOutline = "#9a4a17";
    public const string GraticuleColour = "#c9d2db";
    public const string Ink = "#1f2933";
    public const string Muted = "#52606d";
}
