namespace Crm.Ingest.Demo;

/// <summary>
/// Plants duplicates: the same person or company entered again later by another office, the way it happens
/// in real CRMs — a typo, the other script, another phone format, different e-mail case, the legal form
/// written in another language. Each one is recorded with its variations so dedup can be scored.
/// </summary>
internal sealed class DuplicateFactory(DemoCalendar cal, Organisation org, CustomerFactory customers)
{
    public IEnumerable<Customer> Make(List<Customer> originals, int count, Random r)
    {
        var eligible = originals.Where(c => c.CreatedAt < cal.Now.AddDays(-60)).ToList();
        var chosen = new HashSet<int>();
        var made = new List<Customer>();
        while (made.Count < count && chosen.Count < eligible.Count)
        {
            var i = r.Next(eligible.Count);
            if (!chosen.Add(i)) continue;
            made.Add(Duplicate(eligible[i], originals.Count + made.Count, r));
        }
        return made;
    }

    private Customer Duplicate(Customer original, int seq, Random r)
    {
        var others = org.Departments.Where(d => d.Id != original.Department.Id).ToList();
        var department = r.Pick(others);
        var created = cal.Moment(r, original.CreatedAt.AddDays(30), cal.Now.AddDays(-7));
        var source = r.Pick(["walk_in", "website", "cold_call"]);
        var (lat, lon) = CityBook.Near(original.City, r);

        var possible = new List<string> { "name_typo", "script" };
        if (original.IsCompany) possible.Add("legal_form");
        if (original.Phone is not null) possible.Add("phone_format");
        if (original.Email is not null) possible.Add("email_case");
        var picked = possible.OrderBy(_ => r.Next()).Take(r.Between(2, Math.Min(3, possible.Count))).ToHashSet();
        if (!picked.Overlaps(["name_typo", "script", "legal_form"])) picked.Add("name_typo");
        var variation = string.Join(",", new[] { "name_typo", "script", "legal_form", "phone_format", "email_case" }.Where(picked.Contains));

        var phone = picked.Contains("phone_format") || r.Chance(0.6) ? original.Phone : null;
        var style = picked.Contains("phone_format") ? OtherStyle(original.PhoneStyle, r) : original.PhoneStyle;
        var email = picked.Contains("email_case") ? ChangeCase(original.Email!, r) : r.Chance(0.5) ? original.Email : null;

        if (original.Person is { } person)
        {
            var script = ScriptOf(original.Name);
            if (picked.Contains("script")) script = script == NameScript.Armenian ? NameScript.Latin : NameScript.Armenian;
            var first = person.First(script);
            var last = person.Last(script);
            if (picked.Contains("name_typo"))
            {
                if (r.Chance(0.7)) last = Typos.Apply(last, r);
                else first = Typos.Apply(first, r);
            }
            return customers.MakePerson(seq, r, person, script, source, null, null, original.City, lat, lon, department, created,
                original.Language, 0.3, 0.5, r.Chance(0.6) ? original.Birthday : null, first, last, phone, style, email,
                keepContacts: false, duplicateOf: original, variation: variation);
        }

        var company = original.Company!;
        var nameScript = ScriptOf(original.Name);
        var formScript = ScriptOf(original.LegalForm ?? "");
        if (picked.Contains("script")) nameScript = nameScript == NameScript.Armenian ? NameScript.Latin : NameScript.Armenian;
        if (picked.Contains("legal_form"))
            formScript = formScript switch
            {
                NameScript.Armenian => r.Chance(0.5) ? NameScript.Latin : NameScript.Cyrillic,
                NameScript.Latin => r.Chance(0.5) ? NameScript.Armenian : NameScript.Cyrillic,
                _ => r.Chance(0.5) ? NameScript.Armenian : NameScript.Latin,
            };
        else if (picked.Contains("script") && formScript != NameScript.Cyrillic) formScript = nameScript;
        var brand = picked.Contains("name_typo") ? Typos.Apply(company.Brand(nameScript), r) : null;
        return customers.MakeCompany(seq, r, company, nameScript, formScript, source, null, null, original.City, lat, lon,
            department, created, original.Language, 0.3, 0.5, brand, phone, style, email,
            r.Chance(0.7) ? original.TaxId : null, keepContacts: false, duplicateOf: original, variation: variation);
    }

    private static NameScript ScriptOf(string text) =>
        Transliteration.IsArmenian(text) ? NameScript.Armenian
        : text.Any(c => c is >= '\u0400' and <= '\u04FF') ? NameScript.Cyrillic
        : NameScript.Latin;

    private static PhoneStyle OtherStyle(PhoneStyle style, Random r)
    {
        var others = Enum.GetValues<PhoneStyle>().Where(s => s != style).ToArray();
        return r.Pick(others);
    }

    private static string ChangeCase(string email, Random r)
    {
        if (r.Chance(0.3)) return email.ToUpperInvariant();
        var chars = email.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (i == 0 || chars[i - 1] is '.' or '@' or '_') chars[i] = char.ToUpperInvariant(chars[i]);
        var changed = new string(chars);
        return changed == email ? email.ToUpperInvariant() : changed;
    }
}
