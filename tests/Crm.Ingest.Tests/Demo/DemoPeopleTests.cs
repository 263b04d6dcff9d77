using Crm.Ingest.Demo;

namespace Crm.Ingest.Tests.Demo;

/// <summary>Agents who left, duplicates, and what Armenian customers' names, phones and places look like.</summary>
[Collection(DemoCollection.Name)]
public sealed class DemoPeopleTests(DemoDatabase db)
{
    private const string LeftAt = "(a.leave_date::timestamp at time zone 'Asia/Yerevan')";

    [Fact]
    public async Task LeaversPortfoliosWereHandedOverWithHistoryKept()
    {
        var leavers = await db.ScalarAsync<long>("select count(*) from agents where status = 'left' and leave_date is not null");
        Assert.Equal(2, leavers);

        // Every portfolio the leaver still held on the leave day moved, at that moment, to a colleague of the same office.
        var handedOver = await db.RowsAsync($"""
            select o.id, (select count(*) from customer_ownership n join agents b on b.id = n.agent_id
                          where n.customer_id = o.customer_id and n.valid_from = o.valid_to and n.reason = 'handover'
                            and b.department_id = a.department_id and b.id <> a.id)
            from customer_ownership o join agents a on a.id = o.agent_id
            where a.status = 'left' and o.valid_to = {LeftAt}
            """);
        Assert.True(handedOver.Count > 10, $"{handedOver.Count} portfolios handed over");
        Assert.All(handedOver, r => Assert.Equal(1L, (long)r[1]!));
        Assert.Equal(0, await db.ScalarAsync<long>($"""
            select count(*) from customer_ownership o join agents a on a.id = o.agent_id
            where a.status = 'left' and (o.valid_to is null or o.valid_to > {LeftAt})
            """));

        // Current owners are the receivers; open deals went with the customer.
        Assert.Equal(0, await db.ScalarAsync<long>("""
            select count(*) from customers c join customer_ownership o on o.customer_id = c.id and o.valid_to is null
            join agents a on a.id = c.owner_agent_id where o.agent_id <> c.owner_agent_id or a.status = 'left'
            """));
        Assert.Equal(0, await db.ScalarAsync<long>("""
            select count(*) from deals d join customers c on c.id = d.customer_id
            where d.stage not in ('won', 'lost') and d.owner_agent_id <> c.owner_agent_id
            """));

        // History stays with whoever did the work; nothing is done by a leaver after leaving.
        Assert.Equal(0, await db.ScalarAsync<long>($"select count(*) from activities x join agents a on a.id = x.agent_id where a.status = 'left' and x.occurred_at >= {LeftAt}"));
        Assert.Equal(0, await db.ScalarAsync<long>($"select count(*) from deal_stage_history h join agents a on a.id = h.agent_id where a.status = 'left' and h.changed_at >= {LeftAt}"));
        Assert.True(await db.ScalarAsync<long>("select count(*) from activities x join agents a on a.id = x.agent_id where a.status = 'left'") > 1000);
        Assert.True(await db.ScalarAsync<long>("select count(*) from deals d join agents a on a.id = d.owner_agent_id where a.status = 'left' and d.stage = 'won'") > 50);
    }

    [Fact]
    public async Task NoOwnershipChangeIsDatedAfterTheDemoEnds()
    {
        var asOf = DemoDatabase.Options.AsOf;
        Assert.Equal(0, await db.ScalarAsync<long>($"select count(*) from customer_ownership where valid_from > '{asOf:yyyy-MM-dd}'::date + 1"));
    }

    [Fact]
    public async Task DuplicatesAreRecordedWithTheirVariations()
    {
        var count = await db.ScalarAsync<long>("select count(*) from demo_duplicates");
        Assert.Equal(40, count);
        Assert.Equal(0, await db.ScalarAsync<long>("""
            select count(*) from demo_duplicates x join customers d on d.id = x.duplicate_customer_id join customers o on o.id = x.original_customer_id
            where d.department_id = o.department_id or d.created_at <= o.created_at or o.id in (select duplicate_customer_id from demo_duplicates)
               or d.kind <> o.kind or d.name = o.name
            """));

        var kinds = (await db.RowsAsync("select distinct unnest(string_to_array(variation, ',')) from demo_duplicates"))
            .Select(r => (string)r[0]!).ToHashSet();
        Assert.Equal(new HashSet<string> { "name_typo", "script", "legal_form", "phone_format", "email_case" }, kinds);

        // Each recorded variation is really there.
        Assert.Equal(0, await db.ScalarAsync<long>("""
            select count(*) from demo_duplicates x join customers d on d.id = x.duplicate_customer_id join customers o on o.id = x.original_customer_id
            where (x.variation like '%script%' and (d.name ~ '[Ա-և]') = (o.name ~ '[Ա-և]'))
               or (x.variation like '%phone_format%' and (d.phone = o.phone or right(regexp_replace(d.phone, '\D', '', 'g'), 8) <> right(regexp_replace(o.phone, '\D', '', 'g'), 8)))
               or (x.variation like '%email_case%' and (d.email = o.email or lower(d.email) <> lower(o.email)))
               or (x.variation like '%legal_form%' and d.legal_form = o.legal_form)
            """));
        Assert.True(await db.ScalarAsync<long>("""
            select count(*) from demo_duplicates x join customers d on d.id = x.duplicate_customer_id join customers o on o.id = x.original_customer_id
            where x.variation like '%script%' and d.kind = 'person' and d.name ~ '^[A-Z]' and o.name ~ '[Ա-և]'
            """) > 0);

        Assert.True(await db.ScalarAsync<long>("select count(*) from activities where customer_id in (select duplicate_customer_id from demo_duplicates)") >= count);
        Assert.Equal(0, await db.ScalarAsync<long>("select count(*) from deals where customer_id in (select duplicate_customer_id from demo_duplicates)"));
    }

    [Fact]
    public void TransliterationSpellsArmenianNamesTheUsualWay()
    {
        Assert.Equal("Aram Petrosyan", Transliteration.ToLatin("Արամ Պետրոսյան"));
        Assert.Equal("Yervand Harutyunyan", Transliteration.ToLatin("Երվանդ Հարությունյան"));
        Assert.Equal("Voskan Tatevik", Transliteration.ToLatin("Ոսկան Տաթևիկ"));
        Assert.Equal("Петросян", Transliteration.ToCyrillic("Պետրոսյան"));
        Assert.Equal("+37491234567", ArmenianPhone.Normalise("0 91 23 45 67"));
        Assert.Equal("+37491234567", ArmenianPhone.Normalise("091-23-45-67"));
        Assert.Equal("+37491234567", ArmenianPhone.Normalise(new ArmenianPhone("91", "234567").Format(PhoneStyle.International)));
    }

    [Fact]
    public async Task NamesPhonesAndPlacesLookArmenian()
    {
        var armenianScript = await db.ScalarAsync<double>("select avg(case when name ~ '[Ա-և]' then 1.0 else 0 end) from customers where kind = 'person'");
        Assert.InRange(armenianScript, 0.35, 0.75);
        Assert.Equal(0, await db.ScalarAsync<long>("select count(*) from customers where kind = 'person' and (first_name is null or last_name is null or name <> first_name || ' ' || last_name)"));
        Assert.True(await db.ScalarAsync<double>("select avg(case when birthday is not null then 1.0 else 0 end) from customers where kind = 'person'") > 0.7);
        Assert.Equal(0, await db.ScalarAsync<long>("select count(*) from customers where kind = 'company' and (legal_form is null or position(legal_form in name) = 0)"));
        var forms = (await db.RowsAsync("select distinct legal_form from customers where legal_form is not null")).Select(r => (string)r[0]!).ToList();
        Assert.Contains("ՍՊԸ", forms);
        Assert.Contains("LLC", forms);
        Assert.Contains("ООО", forms);

        var codes = string.Join("|", ArmenianPhone.MobileCodes);
        Assert.Equal(0, await db.ScalarAsync<long>($$"""
            select count(*) from customers where phone is not null
            and regexp_replace(regexp_replace(phone, '\D', '', 'g'), '^(374|0)', '') !~ '^({{codes}})\d{6}$'
            """));
        Assert.True(await db.ScalarAsync<long>("select count(*) from customers where phone like '+374 %'") > 100);
        Assert.True(await db.ScalarAsync<long>("select count(*) from customers where phone ~ '^0\\d\\d-'") > 100);
        Assert.True(await db.ScalarAsync<long>("select count(*) from customers where phone ~ '^0 \\d\\d '") > 50);
        Assert.Equal(0, await db.ScalarAsync<long>("select count(*) from customers where email is not null and email !~ '^[^@ ]+@[^@ ]+\\.[a-zA-Z]+$'"));

        var languages = (await db.RowsAsync("select language, count(*) from customers group by 1")).ToDictionary(r => (string)r[0]!, r => (long)r[1]!);
        Assert.True(languages["hy"] > languages["ru"] && languages["ru"] > 20 && languages["en"] > 20);

        Assert.Equal(0, await db.ScalarAsync<long>("select count(*) from customers where latitude not between 38.8 and 41.35 or longitude not between 43.4 and 46.7 or region is null or city is null"));
        var regions = (await db.RowsAsync("select distinct region from customers")).Select(r => (string)r[0]!).ToHashSet();
        var known = new HashSet<string> { "Yerevan", "Aragatsotn", "Ararat", "Armavir", "Gegharkunik", "Kotayk", "Lori", "Shirak", "Syunik", "Tavush", "Vayots Dzor" };
        Assert.True(regions.IsSubsetOf(known), string.Join(", ", regions));
        Assert.True(regions.Count >= 10);
        var capital = await db.ScalarAsync<double>("select avg(case when region = 'Yerevan' then 1.0 else 0 end) from customers");
        Assert.InRange(capital, 0.3, 0.6);
    }

    [Fact]
    public async Task CompaniesHaveContactsAndSomePersonsARelative()
    {
        Assert.Equal(0, await db.ScalarAsync<long>("""
            select count(*) from customers c where kind = 'company' and c.id not in (select duplicate_customer_id from demo_duplicates)
            and not exists (select 1 from contacts k where k.customer_id = c.id and k.is_primary)
            """));
        Assert.Equal(0, await db.ScalarAsync<long>("select count(*) from (select customer_id, count(*) n from contacts group by 1) x where n > 3"));
        var relations = (await db.RowsAsync("select distinct relation_type from contacts")).Select(r => (string)r[0]!).ToHashSet();
        Assert.True(new[] { "director", "accountant", "employee", "spouse", "child", "parent" }.All(relations.Contains), string.Join(", ", relations));
        Assert.Equal(0, await db.ScalarAsync<long>("select count(*) from contacts k join customers c on c.id = k.customer_id where c.kind = 'person' and k.relation_type not in ('spouse', 'child', 'parent', 'sibling')"));
    }
}
