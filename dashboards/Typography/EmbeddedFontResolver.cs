using ScottPlot;
using SkiaSharp;

namespace Crm.Dashboards.Typography;

/// <summary>
/// Answers ScottPlot's requests for <see cref="DashboardFonts.FamilyName"/> from the embedded TTFs.
/// ScottPlot's own <c>Fonts.AddFontFile</c> needs a path on disk; an embedded resource has none.
/// The shared instances are safe to hand over: ScottPlot caches typefaces for the process and never disposes them.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
        IsOurs(fontName) ? DashboardFonts.Get(bold: weight >= FontWeight.SemiBold) : null;

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        IsOurs(fontName) ? DashboardFonts.Get(bold) : null;

    private static bool IsOurs(string fontName) =>
        string.Equals(fontName, DashboardFonts.FamilyName, StringComparison.OrdinalIgnoreCase);
}
