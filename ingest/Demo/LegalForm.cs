namespace Crm.Ingest.Demo;

/// <summary>A company's legal form as written in Armenian, English and Russian paperwork.</summary>
internal sealed record LegalForm(string Hy, string En, string Ru)
{
    public static readonly LegalForm Llc = new("ՍՊԸ", "LLC", "ООО");
    public static readonly LegalForm Cjsc = new("ՓԲԸ", "CJSC", "ЗАО");
    public static readonly LegalForm Ojsc = new("ԲԲԸ", "OJSC", "ОАО");

    public string In(NameScript script) => script switch
    {
        NameScript.Latin => En,
        NameScript.Cyrillic => Ru,
        _ => Hy,
    };
}
