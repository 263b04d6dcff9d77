namespace Crm.Dashboards.Maps;

/// <summary>
/// The regions' Russian names by ISO 3166-2 code. The boundary file has English and Armenian names only; these
/// label the Russian map and let a warehouse spelled in Russian match its region.
/// </summary>
public static class RegionNamesRu
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AM-ER"] = "Ереван",
        ["AM-AG"] = "Арагацотн",
        ["AM-AR"] = "Арарат",
        ["AM-AV"] = "Армавир",
        ["AM-GR"] = "Гегаркуник",
        ["AM-KT"] = "Котайк",
        ["AM-LO"] = "Лори",
        ["AM-SH"] = "Ширак",
        ["AM-SU"] = "Сюник",
        ["AM-TV"] = "Тавуш",
        ["AM-VD"] = "Вайоц Дзор",
    };

    public static string? Of(string isoCode) => Names.GetValueOrDefault(isoCode);
}
