namespace Crm.Ingest.Demo;

/// <summary>
/// Makes the customers: persons and companies with Armenian names in Armenian or Latin script, phones in
/// the formats people actually type, towns weighted by population, acquisition source and campaign, the
/// office that serves their region and the chain of agents who owned them. Ids follow creation time, as
/// an identity column would.
/// </summary>
internal sealed class CustomerFactory(DemoCalendar cal, Organisation org, Marketing marketing, Catalogue catalogue, CityBook cities, int seed)
{
    private static readonly WeightedTable<string> Sources = new([("website", 0.22), ("referral", 0.14), ("cold_call", 0.16),
        ("exhibition", 0.05), ("social", 0.16), ("partner", 0.10), ("advertising", 0.10), ("walk_in", 0.07)]);

    private static readonly WeightedTable<PhoneStyle> PhoneStyles = new([(PhoneStyle.International, 0.45), (PhoneStyle.Dashed, 0.25),
        (PhoneStyle.Spaced, 0.15), (PhoneStyle.Compact, 0.10), (PhoneStyle.Bracketed, 0.05)]);

    private static readonly string[] CompanyPositions = ["Տնօրեն", "Գլխավոր հաշվապահ", "Գնումների մենեջեր", "ՏՏ բաժնի ղեկավար", "Գործադիր տնօրեն"];

    public List<Customer> Build(DemoScale scale)
    {
        var duplicates = scale.Customers >= 50 && org.Departments.Count > 1 ? (int)Math.Round(scale.Customers * 0.02) : 0;
        var originals = Enumerable.Range(0, scale.Customers - duplicates)
            .Select(i => MakeOriginal(i, RandomStreams.For(seed, RandomStreams.Customers, i)))
            .ToList();
        var duplicateFactory = new DuplicateFactory(cal, org, this);
        var all = originals.Concat(duplicateFactory.Make(originals, duplicates, RandomStreams.For(seed, RandomStreams.Duplicates))).ToList();
        all.Sort((a, b) => a.CreatedAt != b.CreatedAt ? a.CreatedAt.CompareTo(b.CreatedAt) : a.Seq.CompareTo(b.Seq));
        for (var i = 0; i < all.Count; i++) all[i].Id = i + 1;
        return all;
    }

    private Customer MakeOriginal(int seq, Random r)
    {
        var company = r.Chance(0.3);
        string source;
        Campaign? campaign = null;
        DateTime created;
        if (r.Chance(0.3))
        {
            // The customers moved over from the previous system when the CRM started.
            source = "import";
            created = cal.Moment(r, cal.Start, cal.Start.AddDays(14));
        }
        else if (r.Chance(0.35) && CampaignFor(r) is { } c)
        {
            campaign = c;
            source = c.Source;
            var from = c.StartsAt > cal.Start ? c.StartsAt : cal.Start;
            var to = c.EndsAt.AddDays(c.IsGathering ? 21 : 14);
            created = cal.Moment(r, from, to < cal.Now.AddDays(-1) ? to : cal.Now.AddDays(-1));
        }
        else
        {
            source = Sources.Draw(r);
            created = GrowingMoment(r);
        }
        var partner = source == "partner" ? marketing.ReferringPartner(r) : null;

        var city = cities.Draw(r);
        var (lat, lon) = CityBook.Near(city, r);
        var department = org.DepartmentFor(city.Region, r);
        var script = company
            ? r.Chance(0.6) ? NameScript.Armenian : r.Chance(0.75) ? NameScript.Latin : NameScript.Cyrillic
            : r.Chance(0.55) ? NameScript.Armenian : NameScript.Latin;
        var language = script == NameScript.Cyrillic ? (r.Chance(0.7) ? "ru" : "hy")
            : r.Chance(0.85) ? "hy" : r.Chance(0.66) ? "ru" : "en";
        var value = company ? 3.0 * r.LogNormal(0, 1.0) : r.LogNormal(0, 0.9);
        var intent = r.LogNormal(0, 0.35) * (source == "import" ? 1.4 : 1.0);

        return company
            ? MakeCompany(seq, r, CompanyIdentity.Draw(r), script, script, source, campaign, partner, city, lat, lon, department,
                created, language, value, intent)
            : MakePerson(seq, r, PersonIdentity.Draw(r), script, source, campaign, partner, city, lat, lon, department,
                created, language, value, intent, r.Chance(0.85) ? BirthdayFor(r) : null);
    }

    internal Customer MakePerson(int seq, Random r, PersonIdentity person, NameScript script, string source, Campaign? campaign,
        Partner? partner, City city, double lat, double lon, Department department, DateTime created, string language,
        double value, double intent, DateOnly? birthday, string? firstName = null, string? lastName = null,
        ArmenianPhone? phone = null, PhoneStyle? style = null, string? email = null, bool keepContacts = true,
        Customer? duplicateOf = null, string? variation = null)
    {
        var first = firstName ?? person.First(script);
        var last = lastName ?? person.Last(script);
        return new Customer
        {
            Seq = seq,
            Kind = "person",
            Person = person,
            Name = $"{first} {last}",
            FirstName = first,
            LastName = last,
            Phone = duplicateOf is null ? (r.Chance(0.92) ? ArmenianPhone.Draw(r) : null) : phone,
            PhoneStyle = style ?? PhoneStyles.Draw(r),
            Email = duplicateOf is null ? (r.Chance(0.7) ? person.Mailbox(r) : null) : email,
            Source = source,
            Campaign = campaign,
            Partner = partner,
            City = city,
            Latitude = lat,
            Longitude = lon,
            Address = r.Chance(0.6) ? $"{r.Pick(NameBook.Streets)} փ. {r.Between(1, 120)}, բն. {r.Between(1, 90)}" : null,
            Birthday = birthday,
            Language = language,
            Department = department,
            CreatedAt = created,
            Value = value,
            Intent = intent,
            PreferredCategories = PreferredCategories(r),
            Ownership = OwnershipChain(department, created, r),
            Contacts = keepContacts ? PersonContacts(person, script, birthday, created, r) : [],
            DuplicateOf = duplicateOf,
            Variation = variation,
        };
    }

    internal Customer MakeCompany(int seq, Random r, CompanyIdentity company, NameScript script, NameScript formScript,
        string source, Campaign? campaign, Partner? partner, City city, double lat, double lon, Department department,
        DateTime created, string language, double value, double intent, string? brandOverride = null,
        ArmenianPhone? phone = null, PhoneStyle? style = null, string? email = null, string? taxId = null,
        bool keepContacts = true, Customer? duplicateOf = null, string? variation = null)
    {
        var name = company.Render(script, formScript);
        if (brandOverride is not null) name = name.Replace(company.Brand(script), brandOverride);
        return new Customer
        {
            Seq = seq,
            Kind = "company",
            Company = company,
            Name = name,
            LegalForm = company.Form.In(formScript),
            TaxId = duplicateOf is null ? (r.Chance(0.95) ? TaxIds.Draw(r) : null) : taxId,
            Phone = duplicateOf is null ? (r.Chance(0.95) ? ArmenianPhone.Draw(r) : null) : phone,
            PhoneStyle = style ?? PhoneStyles.Draw(r),
            Email = duplicateOf is null ? (r.Chance(0.9) ? company.Mailbox(r.Pick(["info", "office", "sales", "contact"])) : null) : email,
            Source = source,
            Campaign = campaign,
            Partner = partner,
            City = city,
            Latitude = lat,
            Longitude = lon,
            Address = r.Chance(0.8) ? $"{r.Pick(NameBook.Streets)} փ. {r.Between(1, 120)}" : null,
            Language = language,
            Department = department,
            CreatedAt = created,
            Value = value,
            Intent = intent,
            PreferredCategories = PreferredCategories(r),
            Ownership = OwnershipChain(department, created, r),
            Contacts = keepContacts ? CompanyContacts(script, created, r) : [],
            DuplicateOf = duplicateOf,
            Variation = variation,
        };
    }

    /// <summary>More customers arrive later in the history (the business grows), with the trade's seasons.</summary>
    private DateTime GrowingMoment(Random r)
    {
        var span = (cal.Now.AddDays(-1) - cal.Start).TotalDays;
        for (var attempt = 0; ; attempt++)
        {
            var t = cal.Moment(r, cal.Start, cal.Now.AddDays(-1), Season.DealOpenings);
            var x = (t - cal.Start).TotalDays / span;
            if (attempt > 10 || r.NextDouble() < (0.95 + 0.1 * x) / 1.05) return t;
        }
    }

    private Campaign? CampaignFor(Random r)
    {
        var usable = marketing.Campaigns.Where(c => c.EndsAt.AddDays(14) > cal.Start && c.StartsAt < cal.Now.AddDays(-2)).ToList();
        if (usable.Count == 0) return null;
        return new WeightedTable<Campaign>(usable.Select(c => (c, Math.Sqrt((double)c.Cost + 1)))).Draw(r);
    }

    private DateOnly BirthdayFor(Random r) => cal.AsOf.AddYears(-r.Between(20, 75)).AddDays(-r.Next(365));

    private int[] PreferredCategories(Random r)
    {
        var n = catalogue.Categories.Count;
        var first = r.Next(n);
        var second = n > 1 ? (first + 1 + r.Next(n - 1)) % n : first;
        return [first, second];
    }

    /// <summary>Assigned to an agent of the serving office; handed over when that agent leaves, and so on.</summary>
    internal List<OwnershipSpan> OwnershipChain(Department department, DateTime created, Random r)
    {
        var spans = new List<OwnershipSpan> { new(org.OwnerFor(department, created, r), created, null, "assigned") };
        if (r.Chance(0.04))
        {
            var at = cal.Moment(r, created.AddDays(60), cal.Now.AddDays(-10));
            var current = spans[0].Agent;
            var next = org.OwnerFor(department, at, r);
            // A customer created in the last two months has no room for a reassignment before the demo ends.
            if (at > created.AddDays(1) && at < cal.Now && next != current && current.IsActiveAt(at))
            {
                spans[0] = spans[0] with { To = at };
                spans.Add(new OwnershipSpan(next, at, null, "reassigned"));
            }
        }
        while (spans[^1].Agent is { LeftAt: { } left, Receiver: { } receiver } && left > spans[^1].From)
        {
            spans[^1] = spans[^1] with { To = left };
            spans.Add(new OwnershipSpan(receiver, left, null, "handover"));
        }
        return spans;
    }

    private List<ContactDraft> CompanyContacts(NameScript script, DateTime created, Random r)
    {
        var count = 1 + (r.Chance(0.55) ? 1 : 0) + (r.Chance(0.25) ? 1 : 0);
        var list = new List<ContactDraft>();
        var nameScript = script == NameScript.Armenian ? NameScript.Armenian : NameScript.Latin;
        for (var i = 0; i < count; i++)
        {
            var person = PersonIdentity.Draw(r);
            var (relation, position) = i switch
            {
                0 => ("director", CompanyPositions[r.Chance(0.8) ? 0 : 4]),
                1 => ("accountant", CompanyPositions[1]),
                _ => ("employee", CompanyPositions[r.Chance(0.5) ? 2 : 3]),
            };
            list.Add(new ContactDraft(person.Full(nameScript), position, relation,
                r.Chance(0.85) ? ArmenianPhone.Draw(r).Format(PhoneStyles.Draw(r)) : null,
                r.Chance(0.5) ? person.Mailbox(r) : null, r.Chance(0.4) ? BirthdayFor(r) : null, i == 0, Later(created, r)));
        }
        return list;
    }

    /// <summary>Some persons bring a relative into the file: a spouse, a child or a parent who also calls.</summary>
    private List<ContactDraft> PersonContacts(PersonIdentity person, NameScript script, DateOnly? birthday, DateTime created, Random r)
    {
        if (!r.Chance(0.3)) return [];
        var relation = r.Next(10) switch { < 5 => "spouse", < 7 => "child", < 9 => "parent", _ => "sibling" };
        var female = relation == "spouse" ? !person.Female : r.Chance(0.5);
        var first = r.Pick(female ? NameBook.FemaleFirst : NameBook.MaleFirst);
        var relative = new PersonIdentity(first, person.LastHy, female);
        var born = birthday is { } b
            ? relation switch
            {
                "child" => b.AddYears(r.Between(22, 35)),
                "parent" => b.AddYears(-r.Between(22, 35)),
                _ => b.AddDays(r.Between(-2500, 2500)),
            }
            : (DateOnly?)null;
        if (born > cal.AsOf) born = cal.AsOf.AddYears(-r.Between(1, 10));
        return [new ContactDraft(relative.Full(script), null, relation,
            r.Chance(0.7) ? ArmenianPhone.Draw(r).Format(PhoneStyles.Draw(r)) : null, null, born, false, Later(created, r))];
    }

    private DateTime Later(DateTime created, Random r)
    {
        var t = created + r.Days(0, 30);
        return t < cal.Now ? t : created;
    }
}
