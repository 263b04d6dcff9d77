using Crm.Dashboards.Pdf;
using SkiaSharp;

namespace Crm.Dashboards.Maps;

/// <summary>Paints a <see cref="MapDrawing"/> on a Skia canvas as vectors: on a PDF page, paths stay paths and text stays text.</summary>
public static class MapCanvas
{
    /// <summary>Draws the map with its top-left corner at the canvas's origin, <paramref name="scale"/> drawing units to one canvas unit.</summary>
    public static void Draw(SKCanvas canvas, MapDrawing map, float scale)
    {
        canvas.Save();
        canvas.Scale(scale);
        canvas.ClipRect(new SKRect(0, 0, map.Width, map.Height));
        using (SKPaint background = Fill(MapDrawing.Background))
            canvas.DrawRect(0, 0, map.Width, map.Height, background);

        using (SKPaint grid = Stroke(MapDrawing.GraticuleColour, 0.6f))
            foreach (MapLine line in map.Graticule)
                canvas.DrawLine(line.From.X, line.From.Y, line.To.X, line.To.Y, grid);

        using (SKPaint outline = Stroke(MapDrawing.Outline, 1.2f))
        {
            foreach (MapArea area in map.Areas)
            {
                using SKPath path = new() { FillType = SKPathFillType.EvenOdd };
                foreach (MapXY[] ring in area.Rings)
                    path.AddPoly(ring.Select(p => new SKPoint(p.X, p.Y)).ToArray(), close: true);
                using SKPaint fill = Fill(area.Fill);
                canvas.DrawPath(path, fill);
                canvas.DrawPath(path, outline);
            }
        }

        using (SKPaint bubbleFill = Fill(MapDrawing.BubbleFill, alpha: 184))
        using (SKPaint bubbleOutline = Stroke(MapDrawing.BubbleOutline, 0.8f))
        {
            foreach (MapBubble bubble in map.Bubbles)
            {
                canvas.DrawCircle(bubble.Centre.X, bubble.Centre.Y, bubble.Radius, bubbleFill);
                canvas.DrawCircle(bubble.Centre.X, bubble.Centre.Y, bubble.Radius, bubbleOutline);
            }
        }

        foreach (MapLegendStep step in map.Legend)
        {
            using SKPaint swatch = Fill(step.Fill);
            canvas.DrawRect(step.At.X, step.At.Y, step.Size, step.Size, swatch);
        }

        foreach (MapLabel label in map.Labels)
        {
            PdfTextStyle style = new(label.Size, label.Role == "region", SKColor.Parse(label.Colour));
            // SVG centres region names on their point (dominant-baseline: middle); a baseline a third of the size lower does the same.
            float baseline = label.Centred ? label.At.Y + label.Size * 0.35f : label.At.Y;
            PdfText.Draw(canvas, label.Text, label.At.X, baseline, style, label.Centred ? SKTextAlign.Center : SKTextAlign.Left);
        }
        canvas.Restore();
    }

    private static SKPaint Fill(string colour, byte alpha = 255) =>
        new() { Color = SKColor.Parse(colour).WithAlpha(alpha), Style = SKPaintStyle.Fill, IsAntialias = true };

    private static SKPaint Stroke(string colour, float width) =>
        new() { Color = SKColor.Parse(colour), Style = SKPaintStyle.Stroke, StrokeWidth = width, IsAntialias = true, StrokeJoin = SKStrokeJoin.Round };
}
