using Crm.Dashboards.Localization;

namespace Crm.Dashboards.Maps;

/// <summary>
/// The map's words in one language; numbers, money and dates are formatted by <see cref="Texts"/>. A record, like
/// Texts, so a word missing in one language is a compile error.
/// </summary>
public sealed record MapTexts(
    string Title,
    string Region,
    string Town,
    string Customers,
    string NewCustomers,
    string Revenue,
    string Share,
    string Department,
    string Agent,
    string Source,
    string Segment,
    string Any,
    string Name,
    string Created,
    string Location,
    string OpenInGoogleMaps,
    string ShowingFormat,
    string AllRegions,
    string BoundariesMissingFormat,
    string LegendShade,
    string LegendBubble,
    string ChooseRegion,
    IReadOnlyDictionary<string, string> Segments)
{
    public static readonly MapTexts Hy = new(
        Title: "Հաճախորդները քարտեզի վրա",
        Region: "Մարզ",
        Town: "Բնակավայր",
        Customers: "Հաճախորդներ",
        NewCustomers: "Նոր հաճախորդներ",
        Revenue: "Հասույթ",
        Share: "Մասնաբաժին",
        Department: "Բաժին",
        Agent: "Գործակալ",
        Source: "Աղբյուր",
        Segment: "Սեգմենտ",
        Any: "Բոլորը",
        Name: "Անվանում",
        Created: "Ստեղծվել է",
        Location: "Տեղադրություն",
        OpenInGoogleMaps: "Բացել Google Maps-ում",
        ShowingFormat: "Ցուցադրված են {0}-ը {1}-ից",
        AllRegions: "Բոլոր մարզերը",
        BoundariesMissingFormat: "Մարզերի սահմանները չեն գտնվել ({0}). բնակավայրերը ցույց են տրված պարզ կոորդինատներով",
        LegendShade: "Գույն՝ հաճախորդներ ըստ մարզի",
        LegendBubble: "Շրջան՝ հաճախորդներ ըստ բնակավայրի",
        ChooseRegion: "Ընտրեք մարզը քարտեզի վրա կամ աղյուսակում՝ նրա հաճախորդներին տեսնելու համար",
        Segments: new Dictionary<string, string>
        {
            ["retail"] = "Մանրածախ", ["vip"] = "VIP", ["smb"] = "ՓՄՁ", ["corporate"] = "Կորպորատիվ",
        });

    public static readonly MapTexts En = new(
        Title: "Customers on the map",
        Region: "Region",
        Town: "Town",
        Customers: "Customers",
        NewCustomers: "New customers",
        Revenue: "Revenue",
        Share: "Share",
        Department: "Department",
        Agent: "Agent",
        Source: "Source",
        Segment: "Segment",
        Any: "All",
        Name: "Name",
        Created: "Created",
        Location: "Location",
        OpenInGoogleMaps: "Open in Google Maps",
        ShowingFormat: "Showing {0} of {1}",
        AllRegions: "All regions",
        BoundariesMissingFormat: "Region boundaries not found ({0}): towns are drawn on plain coordinates",
        LegendShade: "Shade: customers per region",
        LegendBubble: "Circle: customers per town",
        ChooseRegion: "Choose a region on the map or in the table to list its customers",
        Segments: new Dictionary<string, string>
        {
            ["retail"] = "Retail", ["vip"] = "VIP", ["smb"] = "SMB", ["corporate"] = "Corporate",
        });

    public static readonly MapTexts Ru = new(
        Title: "Клиенты на карте",
        Region: "Регион",
        Town: "Населённый пункт",
        Customers: "Клиенты",
        NewCustomers: "Новые клиенты",
        Revenue: "Выручка",
        Share: "Доля",
        Department: "Отдел",
        Agent: "Агент",
        Source: "Источник",
        Segment: "Сегмент",
        Any: "Все",
        Name: "Наименование",
        Created: "Создан",
        Location: "Местоположение",
        OpenInGoogleMaps: "Открыть в Google Maps",
        ShowingFormat: "Показаны {0} из {1}",
        AllRegions: "Все регионы",
        BoundariesMissingFormat: "Границы регионов не найдены ({0}): населённые пункты показаны в простых координатах",
        LegendShade: "Цвет: клиенты по регионам",
        LegendBubble: "Круг: клиенты по населённым пунктам",
        ChooseRegion: "Выберите регион на карте или в таблице, чтобы увидеть его клиентов",
        Segments: new Dictionary<string, string>
        {
            ["retail"] = "Розница", ["vip"] = "VIP", ["smb"] = "МСБ", ["corporate"] = "Крупный бизнес",
        });

    public static MapTexts For(Language language) => language switch
    {
        Language.Hy => Hy,
        Language.En => En,
        Language.Ru => Ru,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };

    public string SegmentName(string code) => Segments.GetValueOrDefault(code, code);

    public string Showing(string shown, string total) => string.Format(System.Globalization.CultureInfo.InvariantCulture, ShowingFormat, shown, total);

    public string BoundariesMissing(string file) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, BoundariesMissingFormat, file);
}
