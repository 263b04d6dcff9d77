using SkiaSharp;

namespace Crm.Dashboards.Pdf;

/// <summary>How a piece of PDF text looks. Sizes are in points (1/72 inch), the PDF canvas's own unit.</summary>
public sealed record PdfTextStyle(float Size, bool Bold, SKColor Color)
{
    public static readonly SKColor Ink = new(0x1F, 0x29, 0x33);
    public static readonly SKColor Muted = new(0x52, 0x60, 0x6D);

    public static readonly PdfTextStyle Title = new(18, true, Ink);
    public static readonly PdfTextStyle Body = new(9.5f, false, Ink);
    public static readonly PdfTextStyle BodyBold = new(9.5f, true, Ink);
    public static readonly PdfTextStyle Small = new(8, false, Muted);

    /// <summary>Distance between baselines of consecutive lines.</summary>
    public float LineHeight => Size * 1.3f;
}
