using SkiaSharp;

namespace Crm.Dashboards.Pdf;

/// <summary>The head of a PDF's first page: the title, what the figures cover (one line each), the data's as-of line and a rule.</summary>
public static class PdfHeader
{
    public static void Draw(PdfFlow flow, string title, IEnumerable<string> lines, string asOfLine)
    {
        SKCanvas canvas = flow.Canvas;
        flow.Y += PdfTextStyle.Title.Size;
        PdfText.Draw(canvas, title, flow.Left, flow.Y, PdfTextStyle.Title);
        flow.Y += PdfTextStyle.Title.Size * 0.6f;

        foreach (string line in lines)
        {
            foreach (string wrapped in PdfText.Wrap(line, PdfTextStyle.Body, flow.ContentWidth))
            {
                flow.Y += PdfTextStyle.Body.LineHeight;
                PdfText.Draw(canvas, wrapped, flow.Left, flow.Y, PdfTextStyle.Body);
            }
        }
        flow.Y += PdfTextStyle.Small.LineHeight;
        PdfText.Draw(canvas, asOfLine, flow.Left, flow.Y, PdfTextStyle.Small);

        flow.Y += 8;
        using SKPaint rule = new() { Color = PdfTextStyle.Muted, StrokeWidth = 0.75f, Style = SKPaintStyle.Stroke };
        canvas.DrawLine(flow.Left, flow.Y, flow.Right, flow.Y, rule);
        flow.Y += 8;
    }
}
