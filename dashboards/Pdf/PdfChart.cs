using ScottPlot;
using SkiaSharp;

namespace Crm.Dashboards.Pdf;

/// <summary>A ScottPlot chart drawn as vectors into the flow, full width, on a new page when it does not fit.</summary>
public static class PdfChart
{
    public static void Draw(PdfFlow flow, Plot plot, float height)
    {
        flow.EnsureSpace(height);
        // ScottPlot clears the whole canvas before rendering (ScottPlot issue #5261). In 5.1.59 it clears to transparent:
        // that erases a raster canvas while Skia's PDF backend happens to paint nothing. Turning the clear off and
        // clipping to the chart's box keeps the rest of the page safe whichever backend or ScottPlot version draws it.
        plot.RenderManager.ClearCanvasBeforeEachRender = false;
        SKCanvas canvas = flow.Canvas;
        canvas.Save();
        canvas.ClipRect(new SKRect(flow.Left, flow.Y, flow.Right, flow.Y + height));
        canvas.Translate(flow.Left, flow.Y);
        plot.Render(canvas, (int)flow.ContentWidth, (int)height);
        canvas.Restore();
        flow.Y += height + 12;
    }
}
