namespace Crm.Ingest.Demo;

/// <summary>A real company, kept in Armenian script; its names in other scripts are derived from it.</summary>
internal sealed record CompanyIdentity(string StemHy, string SuffixHy, LegalForm Form)
{
    private static readonly WeightedTable<LegalForm> Forms = new([(LegalForm.Llc, 0.75), (LegalForm.Cjsc, 0.18), (LegalForm.Ojsc, 0.07)]);

    public static CompanyIdentity Draw(Random r) =>
        new(r.Pick(NameBook.CompanyStems), r.Pick(NameBook.CompanySuffixes), Forms.Draw(r));

    public string Brand(NameScript script) => script switch
    {
        NameScript.Latin => Transliteration.ToLatin($"{StemHy} {SuffixHy}"),
        NameScript.Cyrillic => Transliteration.ToCyrillic($"{StemHy} {SuffixHy}"),
        _ => $"{StemHy} {SuffixHy}",
    };

    /// <summary>The usual way each language writes it: «Արարատ Տրեյդ» ՍՊԸ, Ararat Treyd LLC, ООО «Арарат Трейд».</summary>
    public string Render(NameScript script) => Render(script, script);

    /// <summary>The brand in one script with the legal form in another, as clerks often type it.</summary>
    public string Render(NameScript nameScript, NameScript formScript)
    {
        var brand = Brand(nameScript);
        var form = Form.In(formScript);
        return (nameScript, formScript) switch
        {
            (NameScript.Armenian, NameScript.Armenian) => $"«{brand}» {form}",
            (_, NameScript.Cyrillic) => $"{form} «{brand}»",
            (NameScript.Latin, _) => $"{brand} {form}",
            _ => $"«{brand}» {form}",
        };
    }

    public string Domain => Transliteration.ToLatin($"{StemHy}{SuffixHy}").ToLowerInvariant() + ".am";

    public string Mailbox(string local) => $"{local}@{Domain}";
}
