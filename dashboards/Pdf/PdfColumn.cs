using SkiaSharp;

namespace Crm.Dashboards.Pdf;

/// <summary>A table column. <paramref name="Weight"/> is its share of the table width relative to the other columns.</summary>
public sealed record PdfColumn(string Header, float Weight, SKTextAlign Align = SKTextAlign.Left);
