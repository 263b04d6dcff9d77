namespace Crm.Ingest.Dedup;

/// <summary>
/// The comparable form of a customer's name: folded words (see <see cref="NameFold"/>) joined by one space.
/// Companies lose their legal form, returned separately in canonical form: ՍՊԸ «Արարատ», Ararat LLC and
/// ООО "Арарат" are all "ararat" + LLC.
/// </summary>
public static class NameKey
{
    public static string? Person(string? first, string? last, string? name)
    {
        var text = !string.IsNullOrWhiteSpace(first) && !string.IsNullOrWhiteSpace(last) ? $"{first} {last}" : name;
        if (string.IsNullOrWhiteSpace(text)) return null;
        var words = NameWords.Split(text.ToLowerInvariant()).Select(NameFold.Word).Where(w => w.Length > 0);
        return Join(words);
    }

    public static CompanyNameKey Company(string? name, string? legalFormField = null)
    {
        var form = LegalForms.OfField(legalFormField);
        if (string.IsNullOrWhiteSpace(name)) return new CompanyNameKey(null, form);
        var lower = LegalForms.StripPhrases(name.ToLowerInvariant(), out var spelled);
        var words = new List<string>();
        foreach (var word in NameWords.Split(lower))
        {
            if (LegalForms.Of(word) is { } f) { form ??= f; continue; }
            var folded = NameFold.Word(word);
            if (folded.Length > 0) words.Add(folded);
        }
        return new CompanyNameKey(Join(words), form ?? spelled);
    }

    private static string? Join(IEnumerable<string> words)
    {
        var key = string.Join(' ', words);
        return key.Length == 0 ? null : key;
    }
}
