using SkiaSharp;

namespace Crm.Dashboards.Pdf;

/// <summary>
/// Writes an A4 PDF whose content is laid out by a compose callback on a <see cref="PdfFlow"/>, with "page / pages"
/// in the footer. The callback runs twice: once on canvases that draw nothing, to count the pages (a PDF page cannot
/// be revisited once ended), then for real. It must therefore lay out the same way both times.
/// </summary>
public static class PdfReport
{
    public const float A4Width = 595;
    public const float A4Height = 842;
    public const float Margin = 40;
    private const float FooterHeight = 18;

    /// <summary>
    /// Skia writes the stream synchronously: in ASP.NET Core pass a MemoryStream (or use a report's WriteAsync),
    /// not the response body, which refuses synchronous writes.
    /// </summary>
    public static void Write(Stream output, SKDocumentPdfMetadata metadata, Action<PdfFlow> compose)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(compose);

        int pageCount = CountPages(compose);

        using SKDocument document = SKDocument.CreatePdf(output, metadata)
            ?? throw new InvalidOperationException("Skia could not start a PDF document.");
        PdfFlow flow = new(A4Width, A4Height, Margin, FooterHeight,
            beginPage: () => document.BeginPage(A4Width, A4Height),
            endPage: (canvas, page) =>
            {
                DrawFooter(canvas, page, pageCount);
                document.EndPage();
            });
        compose(flow);
        flow.Finish();
        document.Close();
    }

    private static int CountPages(Action<PdfFlow> compose)
    {
        PdfFlow flow = new(A4Width, A4Height, Margin, FooterHeight,
            beginPage: () => new SKNoDrawCanvas((int)A4Width, (int)A4Height),
            endPage: (canvas, _) => canvas.Dispose());
        compose(flow);
        flow.Finish();
        return flow.PageNumber;
    }

    private static void DrawFooter(SKCanvas canvas, int page, int pageCount)
    {
        float baseline = A4Height - Margin + PdfTextStyle.Small.Size;
        PdfText.Draw(canvas, $"{page} / {pageCount}", A4Width / 2, baseline, PdfTextStyle.Small, SKTextAlign.Center);
    }
}
