namespace Crm.Ingest.Dedup;

/// <summary>What dedup compares about a customer: normalised keys plus the facts that can tell two apart.</summary>
public sealed record CustomerKeys(
    long Id,
    string Kind,
    string? City,
    string? PhoneKey,
    string? EmailKey,
    string? NameKey,
    string? NameBlock,
    string? LegalForm,
    DateOnly? Birthday,
    string? TaxId)
{
    public bool IsCompany => Kind == "company";

    public static CustomerKeys From(CustomerRow row)
    {
        string? nameKey;
        string? form = null;
        if (row.Kind == "company")
        {
            var company = Dedup.NameKey.Company(row.Name, row.LegalForm);
            nameKey = company.NameKey;
            form = company.LegalForm;
        }
        else nameKey = Dedup.NameKey.Person(row.FirstName, row.LastName, row.Name);
        return new CustomerKeys(row.Id, row.Kind, string.IsNullOrWhiteSpace(row.City) ? null : row.City.Trim(),
            Dedup.PhoneKey.From(row.Phone), Dedup.EmailKey.From(row.Email), nameKey, BlockOf(nameKey), form, row.Birthday,
            TaxIdKey.From(row.TaxId));
    }

    /// <summary>The initials of the name key's words, sorted: a slip rarely hits a first letter, and order varies.</summary>
    public static string? BlockOf(string? nameKey) =>
        string.IsNullOrEmpty(nameKey) ? null : new string(nameKey.Split(' ').Select(w => w[0]).Order().ToArray());
}
