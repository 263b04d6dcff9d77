using System.Reflection;
using SkiaSharp;

namespace Crm.Dashboards.Typography;

/// <summary>
/// The fonts shipped inside this assembly, so Armenian and Cyrillic render the same on a server with no fonts
/// installed. DejaVu Sans carries the text; Noto Sans Armenian only supplies glyphs DejaVu lacks (the dram sign ֏).
/// </summary>
public static class DashboardFonts
{
    /// <summary>The family name charts ask ScottPlot for; it is also the name inside the TTF, so SVG viewers find it too.</summary>
    public const string FamilyName = "DejaVu Sans";

    // The bytes stay referenced for the life of the process, as the typefaces read glyphs from them lazily.
    private static readonly Lazy<SKData> RegularData = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKData> BoldData = new(() => Load("DejaVuSans-Bold.ttf"));
    private static readonly Lazy<SKData> FallbackRegularData = new(() => Load("NotoSansArmenian-Regular.ttf"));
    private static readonly Lazy<SKData> FallbackBoldData = new(() => Load("NotoSansArmenian-Bold.ttf"));

    // One instance per font, shared by the charts and the PDF text: Skia embeds a font in a PDF once per typeface
    // instance, and without subsetting each embedded DejaVu costs about 370 KB.
    private static readonly Lazy<SKTypeface> RegularFace = new(() => CreateTypeface(RegularData.Value));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => CreateTypeface(BoldData.Value));
    private static readonly Lazy<SKTypeface> FallbackRegularFace = new(() => CreateTypeface(FallbackRegularData.Value));
    private static readonly Lazy<SKTypeface> FallbackBoldFace = new(() => CreateTypeface(FallbackBoldData.Value));

    private static readonly Lazy<bool> ScottPlotRegistration = new(RegisterResolver);

    /// <summary>Shared, process-wide instances; never dispose them.</summary>
    public static SKTypeface Regular => RegularFace.Value;

    public static SKTypeface Bold => BoldFace.Value;

    /// <summary>For glyphs that <see cref="Regular"/> or <see cref="Bold"/> does not have.</summary>
    public static SKTypeface Fallback(bool bold) => bold ? FallbackBoldFace.Value : FallbackRegularFace.Value;

    public static SKTypeface Get(bool bold) => bold ? Bold : Regular;

    /// <summary>
    /// Makes <see cref="FamilyName"/> resolve to the embedded font in ScottPlot. Safe to call from any thread and
    /// as often as wanted; call it before building a chart, as ScottPlot caches the first typeface it finds for a name.
    /// </summary>
    public static void RegisterWithScottPlot() => _ = ScottPlotRegistration.Value;

    private static bool RegisterResolver()
    {
        // First in the list: ScottPlot asks resolvers in order, and the system resolver would otherwise answer
        // with whatever font the machine happens to have under that name, or with its default font.
        // The Lazy makes this run once; ScottPlot's list itself is unsynchronised, hence registering before any chart.
        ScottPlot.Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver());
        return true;
    }

    private static SKTypeface CreateTypeface(SKData data) =>
        SKTypeface.FromData(data) ?? throw new InvalidOperationException("Skia could not read an embedded font.");

    /// <summary>The web fonts a page may link to: only the Armenian fallback, for browsers with no dram sign.</summary>
    public static IReadOnlyList<string> WebFonts { get; } = ["NotoSansArmenian-Regular.ttf", "NotoSansArmenian-Bold.ttf"];

    /// <summary>The bytes of one of <see cref="WebFonts"/>; null for any other name.</summary>
    public static Stream? OpenWebFont(string fileName) =>
        WebFonts.Contains(fileName)
            ? Assembly.GetExecutingAssembly().GetManifestResourceStream("fonts/" + fileName)
            : null;

    private static SKData Load(string fileName)
    {
        string resource = "fonts/" + fileName;
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The font resource '{resource}' is missing from {typeof(DashboardFonts).Assembly.GetName().Name}.");
        return SKData.Create(stream);
    }
}
