using System.Globalization;
using Crm.Dashboards.Reports.Funnel;

namespace Crm.Dashboards.Localization;

/// <summary>
/// The funnel report's words and number formats in one language. A record rather than a resource file so that
/// a string missing in one language is a compile error, not a blank cell in production.
/// </summary>
public sealed record Texts(
    Language Language,
    string FunnelTitle,
    string Stage,
    string Deals,
    string Amount,
    string ConversionFromPrevious,
    string ConversionFromStart,
    string Period,
    string WarehouseAsOf,
    string DownloadPdf,
    string Json,
    string Apply,
    string From,
    string To,
    string Scope,
    string LanguageLabel,
    string NoData,
    string Unknown,
    string WholeCompany)
{
    public static readonly Texts Hy = new(
        Language.Hy,
        FunnelTitle: "Վաճառքի ձագար",
        Stage: "Փուլ",
        Deals: "Գործարքներ",
        Amount: "Գումար",
        ConversionFromPrevious: "Կոնվերսիա նախորդ փուլից",
        ConversionFromStart: "Կոնվերսիա սկզբից",
        Period: "Ժամանակահատված",
        WarehouseAsOf: "Տվյալների դրությունը",
        DownloadPdf: "Ներբեռնել PDF",
        Json: "JSON",
        Apply: "Կիրառել",
        From: "Սկսած",
        To: "Մինչև",
        Scope: "Շրջանակ",
        LanguageLabel: "Լեզու",
        NoData: "Տվյալներ չկան",
        Unknown: "անհայտ",
        WholeCompany: "Ամբողջ ընկերությունը");

    public static readonly Texts En = new(
        Language.En,
        FunnelTitle: "Sales funnel",
        Stage: "Stage",
        Deals: "Deals",
        Amount: "Amount",
        ConversionFromPrevious: "Conversion from previous stage",
        ConversionFromStart: "Conversion from start",
        Period: "Period",
        WarehouseAsOf: "Warehouse as of",
        DownloadPdf: "Download PDF",
        Json: "JSON",
        Apply: "Apply",
        From: "From",
        To: "To",
        Scope: "Scope",
        LanguageLabel: "Language",
        NoData: "No data",
        Unknown: "unknown",
        WholeCompany: "Whole company");

    public static readonly Texts Ru = new(
        Language.Ru,
        FunnelTitle: "Воронка продаж",
        Stage: "Этап",
        Deals: "Сделки",
        Amount: "Сумма",
        ConversionFromPrevious: "Конверсия из предыдущего этапа",
        ConversionFromStart: "Конверсия от начала воронки",
        Period: "Период",
        WarehouseAsOf: "Данные хранилища на",
        DownloadPdf: "Скачать PDF",
        Json: "JSON",
        Apply: "Применить",
        From: "С",
        To: "По",
        Scope: "Охват",
        LanguageLabel: "Язык",
        NoData: "Нет данных",
        Unknown: "неизвестно",
        WholeCompany: "Вся компания");

    /// <summary>
    /// A no-break space: groups digits the way Armenian and Russian write them, and keeps "1 234 ֏" on one line.
    /// The same grouping is used in English so that amounts read alike in all three reports.
    /// </summary>
    public const string DigitGroupSeparator = "\u00A0";

    public const string DramSign = "֏";

    /// <summary>Shown where a value does not apply, e.g. the first stage's conversion from a previous stage.</summary>
    public const string NotApplicable = "—";

    // Fixed rather than the OS time zone: the servers may run in UTC, the readers are in Armenia (UTC+4, no DST).
    private static readonly TimeSpan ArmeniaOffset = TimeSpan.FromHours(4);

    private static readonly NumberFormatInfo Grouped = new()
    {
        NumberGroupSeparator = DigitGroupSeparator,
        NumberDecimalSeparator = ".",
        NegativeSign = "-",
    };

    public static Texts For(Language language) => language switch
    {
        Language.Hy => Hy,
        Language.En => En,
        Language.Ru => Ru,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };

    /// <summary>Whole drams (the dram has no coins in use), e.g. <c>1 234 567 ֏</c>, in every language.</summary>
    public string Money(decimal amountAmd) =>
        decimal.Round(amountAmd, 0, MidpointRounding.AwayFromZero).ToString("#,0", Grouped) + DigitGroupSeparator + DramSign;

    public string Count(long value) => value.ToString("#,0", Grouped);

    /// <summary>A share (0.425) as a percentage with one decimal: <c>42.5%</c>, in Russian <c>42,5%</c>.</summary>
    public string Percent(double? share)
    {
        if (share is not { } value || double.IsNaN(value) || double.IsInfinity(value))
            return NotApplicable;

        string number = (value * 100).ToString("0.0", CultureInfo.InvariantCulture);
        return (Language == Language.Ru ? number.Replace('.', ',') : number) + "%";
    }

    public string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string DateRange(DateOnly from, DateOnly to) => $"{Date(from)} – {Date(to)}";

    /// <summary>Armenian wall-clock time with its offset, so a reader elsewhere can still tell what it means.</summary>
    public string Timestamp(DateTimeOffset? moment) =>
        moment is { } value
            ? value.ToOffset(ArmeniaOffset).ToString("yyyy-MM-dd HH:mm 'UTC+04:00'", CultureInfo.InvariantCulture)
            : Unknown;

    /// <summary>The stage's name in this language; a stage not yet translated shows its Armenian name, then its code.</summary>
    public string StageName(FunnelRow row)
    {
        string translated = Language switch
        {
            Language.Hy => row.NameHy,
            Language.En => row.NameEn,
            Language.Ru => row.NameRu,
            _ => throw new InvalidOperationException($"No stage names for {Language}."),
        };
        return new[] { translated, row.NameHy, row.Stage }.First(name => !string.IsNullOrWhiteSpace(name));
    }
}
