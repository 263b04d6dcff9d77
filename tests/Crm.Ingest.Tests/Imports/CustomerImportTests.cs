using Crm.Ingest.Imports;

namespace Crm.Ingest.Tests.Imports;

public sealed class CustomerImportTests(ImportStore store) : IClassFixture<ImportStore>
{
    [Fact]
    public async Task CustomersImportFromCsvAndTheSameFileTwiceCreatesNothingNew()
    {
        var path = store.File("customers.csv", """
            external_id,department,name,phone,email,source,owner
            T1-0001,YER-C,Անի Սարգսյան,+374 91 234567,ani@example.am,website,AG-0001
            T1-0002,YER-C,"Ararat Trade, LLC",010-55-66-77,,referral,
            T1-0003,SHR-G,Иван Петров,,ivan@example.ru,,
            """);

        var first = await store.ImportAsync("customers", path);
        var second = await store.ImportAsync("customers", path);

        Assert.Equal((3L, 3L, 0L, 0L), (first.RowsRead, first.RowsImported, first.RowsUpdated, first.RowsQuarantined));
        Assert.Equal((3L, 0L, 0L, 3L), (second.RowsRead, second.RowsImported, second.RowsUpdated, second.RowsUnchanged));
        var row = await store.RowsAsync("""
            select c.name, c.phone, c.email, c.source_code, c.lifecycle, a.external_id, d.code
            from customers c join departments d on d.id = c.department_id left join agents a on a.id = c.owner_agent_id
            where c.external_id = 'T1-0001'
            """);
        Assert.Equal(["Անի Սարգսյան", "+374 91 234567", "ani@example.am", "website", "lead", "AG-0001", "YER-C"], row.Single());
        Assert.Equal(1L, await store.ScalarAsync<long>("""
            select count(*) from customer_ownership o join customers c on c.id = o.customer_id
            where c.external_id = 'T1-0001' and o.valid_to is null
            """));
        Assert.Equal("import", await store.ScalarAsync<string>("select source_code from customers where external_id = 'T1-0003'"));
    }

    [Fact]
    public async Task ACustomerAnotherDepartmentAlreadyHasIsImportedAsADuplicateOfThem()
    {
        // A generated person (no dedup keys yet) typed again by another office, phone in another style, name in Latin.
        var known = (await store.RowsAsync("""
            select c.id, c.first_name, c.last_name, c.phone, c.city, d.code from customers c join departments d on d.id = c.department_id
            where c.kind = 'person' and c.phone like '+374 __ ______' and c.merged_into_id is null
            order by c.id limit 1
            """)).Single();
        var other = await store.ScalarAsync<string>("select code from departments where code <> $1 order by id limit 1", (string)known[5]!);
        var digits = ((string)known[3]!).Replace("+374 ", "0").Replace(" ", "");
        var first = Crm.Ingest.Demo.Transliteration.ToLatin((string)known[1]!);
        var last = Crm.Ingest.Demo.Transliteration.ToLatin((string)known[2]!);
        var path = store.File("again.csv", $"external_id,department,first_name,last_name,phone,city\nT9-1,{other},{first},{last},{digits[..3]}-{digits[3..5]}-{digits[5..7]}-{digits[7..]},{known[4]}\n");

        var summary = await store.ImportAsync("customers", path);

        Assert.Equal((1L, 1L), (summary.RowsImported, summary.RowsMerged));
        Assert.Equal((long)known[0]!, await store.ScalarAsync<long>("select merged_into_id from customers where external_id = 'T9-1'"));
    }

    [Fact]
    public async Task AChangedRowIsUpdatedAndTheRestLeftAlone()
    {
        var before = store.File("changing-1.csv", "external_id,department,name,city\nT2-1,YER-C,Gor,Yerevan\nT2-2,YER-C,Lilit,Gyumri\n");
        var after = store.File("changing-2.csv", "external_id,department,name,city\nT2-1,YER-C,Gor,Vanadzor\nT2-2,YER-C,Lilit,Gyumri\n");

        await store.ImportAsync("customers", before);
        var summary = await store.ImportAsync("customers", after);

        Assert.Equal((0L, 1L, 1L), (summary.RowsImported, summary.RowsUpdated, summary.RowsUnchanged));
        Assert.Equal("Vanadzor", await store.ScalarAsync<string>("select city from customers where external_id = 'T2-1'"));
    }

    [Fact]
    public async Task ArmenianAndRussianHeadersAreRecognised()
    {
        var hy = store.File("hy.csv", "Կոդ,Բաժին,Անուն,Ազգանուն,Հեռախոս,Քաղաք\nT3-1,YER-C,Նարեկ,Հակոբյան,+374 77 111222,Երևան\n");
        var ru = store.File("ru.csv", "Код;Отдел;ФИО;Телефон;Город\nT3-2;YER-C;Анна Смирнова;+7 (495) 123-45-67;Москва\n");

        var a = await store.ImportAsync("customers", hy);
        var b = await store.ImportAsync("customers", ru);

        Assert.Equal((1L, 1L), (a.RowsImported, b.RowsImported));
        var rows = await store.RowsAsync("select name, phone, city from customers where external_id in ('T3-1', 'T3-2') order by external_id");
        Assert.Equal(["Նարեկ Հակոբյան", "+374 77 111222", "Երևան"], rows[0]);
        Assert.Equal(["Анна Смирнова", "+7 (495) 123-45-67", "Москва"], rows[1]);
    }

    [Fact]
    public async Task InvalidRowsAreQuarantinedWithRowColumnAndReasonWhileValidRowsAreCommitted()
    {
        var path = store.File("mixed.csv", """
            external_id,department,name,email,birthday,phone
            T4-1,YER-C,Valid One,one@example.am,1990-05-01,
            T4-2,YER-C,Bad Mail,not-an-email,,
            T4-3,NOPE,Unknown Dept,,,
            T4-4,YER-C,=cmd|' /C calc'!A0,,,
            T4-5,YER-C,Bad Date,,31.02.2025,
            T4-6,YER-C,'); drop table customers;--,,,+374 91 000000
            """);

        var summary = await store.ImportAsync("customers", path);

        Assert.Equal((6L, 2L, 4L), (summary.RowsRead, summary.RowsImported, summary.RowsQuarantined));
        Assert.Contains(summary.Errors, e => e.Row == 3 && e.Column == "email" && e.Reason.Contains("not an e-mail"));
        Assert.Contains(summary.Errors, e => e.Row == 4 && e.Column == "department" && e.Reason.Contains("no department \"NOPE\""));
        Assert.Contains(summary.Errors, e => e.Row == 5 && e.Column == "name" && e.Reason.Contains("CSV injection"));
        Assert.Contains(summary.Errors, e => e.ToString() == "row 6, column \"birthday\": \"31.02.2025\" is not a date (use YYYY-MM-DD or DD.MM.YYYY)");
        Assert.Equal("'); drop table customers;--", await store.ScalarAsync<string>("select name from customers where external_id = 'T4-6'"));
        var quarantined = await store.RowsAsync(
            "select row_number, raw::jsonb->>'name', errors::jsonb->0->>'column', status from import_quarantine where batch_id = $1 order by row_number",
            summary.BatchId);
        Assert.Equal([3L, 4L, 5L, 6L], quarantined.Select(r => (long)r[0]!));
        Assert.Equal("=cmd|' /C calc'!A0", quarantined[2][1]);
        Assert.All(quarantined, r => Assert.Equal("open", r[3]));
    }

    [Fact]
    public async Task MissingRequiredColumnRefusesTheFileBeforeAnythingIsWritten()
    {
        var path = store.File("no-dept.csv", "external_id,name\nT5-1,Nobody\n");
        var batches = await store.ScalarAsync<long>("select count(*) from import_batches");

        var error = await Assert.ThrowsAsync<ImportRefusedException>(() => store.ImportAsync("customers", path));

        Assert.Contains("required columns missing: department", error.Message);
        Assert.Contains("\"external_id\", \"name\"", error.Message);
        Assert.Equal(batches, await store.ScalarAsync<long>("select count(*) from import_batches"));
        Assert.Equal(0L, await store.ScalarAsync<long>("select count(*) from customers where external_id = 'T5-1'"));
    }
}
