namespace Crm.Dashboards.Html;

/// <summary>
/// ScottPlot writes a standalone SVG document: the XML declaration is not allowed inside HTML, and without a viewBox
/// the drawing would be cropped instead of scaled when CSS narrows it on a phone.
/// </summary>
public static class InlineSvg
{
    public static string From(string svgDocument, int width, int height)
    {
        int start = svgDocument.IndexOf("<svg", StringComparison.Ordinal);
        string svg = start >= 0 ? svgDocument[start..] : svgDocument;
        if (!svg.Contains("viewBox", StringComparison.Ordinal))
            svg = "<svg viewBox=\"0 0 " + width + " " + height + "\" aria-hidden=\"true\"" + svg["<svg".Length..];
        return svg;
    }
}
