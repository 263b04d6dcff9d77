namespace Crm.Ingest.Dedup;

/// <summary>
/// Company legal forms as written in Armenian, English and Russian paperwork, each mapped to one canonical
/// form: ՍՊԸ / LLC / Ltd / ООО → LLC, ՓԲԸ / CJSC / ЗАО → CJSC, ԲԲԸ / OJSC / ОАО / ПАО → OJSC, ԱՁ / ИП / IE → IE.
/// </summary>
public static class LegalForms
{
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ՍՊԸ"] = "LLC", ["LLC"] = "LLC", ["LTD"] = "LLC", ["ООО"] = "LLC", ["OOO"] = "LLC",
        ["ՓԲԸ"] = "CJSC", ["CJSC"] = "CJSC", ["ЗАО"] = "CJSC", ["ZAO"] = "CJSC",
        ["ԲԲԸ"] = "OJSC", ["OJSC"] = "OJSC", ["ОАО"] = "OJSC", ["ПАО"] = "OJSC", ["OAO"] = "OJSC", ["PAO"] = "OJSC",
        ["JSC"] = "OJSC", ["АО"] = "OJSC",
        ["ԱՁ"] = "IE", ["ИП"] = "IE", ["IE"] = "IE", ["PE"] = "IE",
    };

    // Spelled out, lower-case; matched before the text is split into words.
    private static readonly (string Phrase, string Form)[] Phrases =
    [
        ("սահմանափակ պատասխանատվությամբ ընկերություն", "LLC"), ("limited liability company", "LLC"),
        ("общество с ограниченной ответственностью", "LLC"), ("փակ բաժնետիրական ընկերություն", "CJSC"),
        ("closed joint stock company", "CJSC"), ("закрытое акционерное общество", "CJSC"),
        ("բաց բաժնետիրական ընկերություն", "OJSC"), ("open joint stock company", "OJSC"),
        ("открытое акционерное общество", "OJSC"), ("публичное акционерное общество", "OJSC"),
        ("անհատ ձեռնարկատեր", "IE"), ("individual entrepreneur", "IE"), ("индивидуальный предприниматель", "IE"),
    ];

    /// <summary>The canonical form of one word (dots already removed), or null when it is not a legal form.</summary>
    public static string? Of(string word) => Abbreviations.GetValueOrDefault(word);

    /// <summary>The canonical form of a whole legal-form field (ՍՊԸ, "L.L.C.", "ООО"), or null.</summary>
    public static string? OfField(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var lower = text.Trim().ToLowerInvariant();
        foreach (var (phrase, form) in Phrases) if (lower == phrase) return form;
        return Of(lower.Replace(".", "").Replace(" ", ""));
    }

    /// <summary>Removes spelled-out legal forms from lower-case text; the first one found is returned.</summary>
    public static string StripPhrases(string lower, out string? form)
    {
        form = null;
        foreach (var (phrase, canonical) in Phrases)
        {
            var at = lower.IndexOf(phrase, StringComparison.Ordinal);
            if (at < 0) continue;
            form ??= canonical;
            lower = lower.Remove(at, phrase.Length).Insert(at, " ");
        }
        return lower;
    }
}
