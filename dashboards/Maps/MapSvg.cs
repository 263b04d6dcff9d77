using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace Crm.Dashboards.Maps;

/// <summary>
/// The map as inline SVG for the page: regions and towns are links (class "drill") to their customers, each with a
/// tooltip; text stays text. No script and no external reference: it draws offline under a strict CSP.
/// </summary>
public static class MapSvg
{
    private const string FontFamily = "DejaVu Sans, CRM Armenian, sans-serif";

    public static string Write(MapDrawing map)
    {
        StringBuilder svg = new();
        svg.Append($"""<svg xmlns="http://www.w3.org/2000/svg" class="map" viewBox="0 0 {N(map.Width)} {N(map.Height)}" role="img" aria-label="{HtmlEncode(map.Title)}">""")
            .Append('\n')
            .Append($"""<rect width="{N(map.Width)}" height="{N(map.Height)}" fill="{MapDrawing.Background}"/>""").Append('\n');

        svg.Append($"""<g class="graticule" stroke="{MapDrawing.GraticuleColour}" stroke-width="0.6">""");
        foreach (MapLine line in map.Graticule)
            svg.Append($"""<line x1="{N(line.From.X)}" y1="{N(line.From.Y)}" x2="{N(line.To.X)}" y2="{N(line.To.Y)}"/>""");
        svg.Append("</g>\n");

        svg.Append($"""<g class="regions" stroke="{MapDrawing.Outline}" stroke-width="1.2" stroke-linejoin="round">""").Append('\n');
        foreach (MapArea area in map.Areas)
        {
            svg.Append($"""<a class="drill region" href="{HtmlEncode(area.Href)}" data-region="{HtmlEncode(area.RegionId)}"{(area.Selected ? " aria-current=\"true\"" : "")}>""")
                .Append($"""<path fill="{area.Fill}" fill-rule="evenodd" d="{PathData(area.Rings)}"><title>{HtmlEncode(area.Title)}</title></path></a>""")
                .Append('\n');
        }
        svg.Append("</g>\n");

        svg.Append($"""<g class="towns" fill="{MapDrawing.BubbleFill}" fill-opacity="0.72" stroke="{MapDrawing.BubbleOutline}" stroke-width="0.8">""").Append('\n');
        foreach (MapBubble bubble in map.Bubbles)
        {
            svg.Append($"""<a class="drill town" href="{HtmlEncode(bubble.Href)}">""")
                .Append($"""<circle cx="{N(bubble.Centre.X)}" cy="{N(bubble.Centre.Y)}" r="{N(bubble.Radius)}"><title>{HtmlEncode(bubble.Title)}</title></circle></a>""")
                .Append('\n');
        }
        svg.Append("</g>\n");

        svg.Append("""<g class="legend">""");
        foreach (MapLegendStep step in map.Legend)
            svg.Append($"""<rect x="{N(step.At.X)}" y="{N(step.At.Y)}" width="{N(step.Size)}" height="{N(step.Size)}" fill="{step.Fill}"/>""");
        svg.Append("</g>\n");

        // Names go over the circles, with a white halo to stay legible; they let clicks through to the map below.
        svg.Append($"""<g class="labels" font-family="{FontFamily}" pointer-events="none">""").Append('\n');
        foreach (MapLabel label in map.Labels)
        {
            string anchor = label.Centred ? " text-anchor=\"middle\" dominant-baseline=\"middle\"" : "";
            string halo = label.Role == "region" ? " stroke=\"#ffffff\" stroke-width=\"3\" stroke-opacity=\"0.8\" paint-order=\"stroke\"" : "";
            svg.Append($"""<text class="{label.Role}" x="{N(label.At.X)}" y="{N(label.At.Y)}" font-size="{N(label.Size)}" fill="{label.Colour}"{anchor}{halo}>{HtmlEncode(label.Text)}</text>""")
                .Append('\n');
        }
        svg.Append("</g>\n</svg>");
        return svg.ToString();
    }

    private static string PathData(IReadOnlyList<MapXY[]> rings)
    {
        StringBuilder d = new();
        foreach (MapXY[] ring in rings)
        {
            for (int i = 0; i < ring.Length; i++)
                d.Append(i == 0 ? 'M' : 'L').Append(N(ring[i].X)).Append(' ').Append(N(ring[i].Y));
            d.Append('Z');
        }
        return d.ToString();
    }

    private static string N(float value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
