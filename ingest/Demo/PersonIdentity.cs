namespace Crm.Ingest.Demo;

/// <summary>A real person, kept in Armenian script; every spelling of them is derived from it.</summary>
internal sealed record PersonIdentity(string FirstHy, string LastHy, bool Female)
{
    public static PersonIdentity Draw(Random r)
    {
        var female = r.Chance(0.48);
        return new PersonIdentity(r.Pick(female ? NameBook.FemaleFirst : NameBook.MaleFirst), r.Pick(NameBook.Surnames), female);
    }

    public string First(NameScript script) => Spell(FirstHy, script);
    public string Last(NameScript script) => Spell(LastHy, script);
    public string Full(NameScript script) => $"{First(script)} {Last(script)}";

    public string Mailbox(Random r)
    {
        var first = Transliteration.ToLatin(FirstHy).ToLowerInvariant();
        var last = Transliteration.ToLatin(LastHy).ToLowerInvariant();
        var local = r.Next(4) switch
        {
            0 => $"{first}.{last}",
            1 => $"{first}{last}{r.Next(70, 100)}",
            2 => $"{first[0]}{last}",
            _ => $"{first}_{last}{r.Next(1, 1000)}",
        };
        return $"{local}@{r.Pick(NameBook.PersonMailDomains)}";
    }

    private static string Spell(string hy, NameScript script) => script switch
    {
        NameScript.Latin => Transliteration.ToLatin(hy),
        NameScript.Cyrillic => Transliteration.ToCyrillic(hy),
        _ => hy,
    };
}
