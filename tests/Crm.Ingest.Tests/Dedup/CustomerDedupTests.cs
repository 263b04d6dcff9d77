using Crm.Ingest.Dedup;
using Npgsql;

namespace Crm.Ingest.Tests.Dedup;

/// <summary>The check an import runs on every customer it writes, inside its own transaction.</summary>
public sealed class CustomerDedupTests(DedupedDemo demo) : IClassFixture<DedupedDemo>
{
    // A person who is their own root, has a phone and a birthday, and whose name is unique in their town.
    private const string PickPerson = """
        select c.id from customers c
        where c.kind = 'person' and c.merged_into_id is null and c.phone_key like '+374%' and c.birthday is not null
          and not exists (select 1 from customers o where o.id <> c.id and o.city = c.city and o.name_key = c.name_key)
          and not exists (select 1 from customers o where o.merged_into_id = c.id)
        order by c.id offset @n limit 1
        """;

    [Fact]
    public async Task ACopyFromAnotherDepartmentWithThePhoneInAnotherStyleIsMergedIntoTheExistingCustomer()
    {
        await using var conn = await demo.OpenAsync();
        var original = await StoreRows.ScalarAsync<long>(conn, PickPerson, null, ("n", 3));
        var (first, last, phone) = await NameAndPhoneAsync(conn, original);
        await using var tx = await conn.BeginTransactionAsync();
        var copy = await StoreRows.InsertCopyAsync(conn, tx, original, $"{Latin(first)} {Latin(last)}", Latin(first), Latin(last),
            Dashed(phone), null, null);

        var outcome = await CustomerDedup.CheckNewAsync(conn, tx, copy);

        Assert.Equal(DedupOutcome.Merged, outcome);
        Assert.Equal(original, await StoreRows.ScalarAsync<long>(conn, "select merged_into_id from customers where id = @id", tx, ("id", copy)));
        Assert.Equal("exact_phone", await StoreRows.ScalarAsync<string>(conn,
            "select method from customer_merges where duplicate_id = @id", tx, ("id", copy)));
        await tx.RollbackAsync();
    }

    [Fact]
    public async Task ANamesakeWithAnotherPhoneAndBirthdayIsNotMerged()
    {
        await using var conn = await demo.OpenAsync();
        var original = await StoreRows.ScalarAsync<long>(conn, PickPerson, null, ("n", 5));
        var (first, last, _) = await NameAndPhoneAsync(conn, original);
        await using var tx = await conn.BeginTransactionAsync();
        var namesake = await StoreRows.InsertCopyAsync(conn, tx, original, $"{first} {last}", first, last, "+374 77 000111", null,
            new DateOnly(1999, 1, 2));

        var outcome = await CustomerDedup.CheckNewAsync(conn, tx, namesake);

        Assert.NotEqual(DedupOutcome.Merged, outcome);
        Assert.Null(await StoreRows.ScalarAsync<long?>(conn, "select merged_into_id from customers where id = @id", tx, ("id", namesake)));
        await tx.RollbackAsync();
    }

    [Fact]
    public async Task ARelativeSharingThePhoneGoesToReviewAndOnceRejectedIsNeverProposedAgain()
    {
        await using var conn = await demo.OpenAsync();
        var original = await StoreRows.ScalarAsync<long>(conn, PickPerson, null, ("n", 7));
        var (_, last, phone) = await NameAndPhoneAsync(conn, original);
        long relative;
        await using (var tx = await conn.BeginTransactionAsync())
        {
            relative = await StoreRows.InsertCopyAsync(conn, tx, original, $"Zaruhi {last}", "Zaruhi", last, phone, null, null);
            Assert.Equal(DedupOutcome.Review, await CustomerDedup.CheckNewAsync(conn, tx, relative));
            await tx.CommitAsync();
        }
        var review = (await DedupReviews.ListAsync(conn, limit: 10_000)).Single(r => r.CustomerId == relative && r.CandidateId == original);

        var rejected = await DedupReviews.RejectAsync(conn, review.Id, "tester");
        Assert.Equal(DedupActionStatus.Done, rejected.Status);
        Assert.Equal(DedupActionStatus.Conflict, (await DedupReviews.RejectAsync(conn, review.Id, "tester")).Status);

        await DedupJob.RunAsync(demo.ConnectionString);
        await using (var tx = await conn.BeginTransactionAsync())
        {
            Assert.NotEqual(DedupOutcome.Merged, await CustomerDedup.CheckNewAsync(conn, tx, relative));
            await tx.RollbackAsync();
        }
        Assert.Equal(1L, await StoreRows.ScalarAsync<long>(conn,
            "select count(*) from dedup_reviews where customer_id = @id and candidate_id = @o", null, ("id", relative), ("o", original)));
        Assert.Equal("rejected", await StoreRows.ScalarAsync<string>(conn,
            "select status from dedup_reviews where customer_id = @id and candidate_id = @o", null, ("id", relative), ("o", original)));
        Assert.Null(await StoreRows.ScalarAsync<long?>(conn, "select merged_into_id from customers where id = @id", null, ("id", relative)));
    }

    [Fact]
    public async Task AReviewMergedByAPersonBecomesAManualMerge()
    {
        await using var conn = await demo.OpenAsync();
        var original = await StoreRows.ScalarAsync<long>(conn, PickPerson, null, ("n", 9));
        var (_, last, phone) = await NameAndPhoneAsync(conn, original);
        long other;
        await using (var tx = await conn.BeginTransactionAsync())
        {
            other = await StoreRows.InsertCopyAsync(conn, tx, original, $"Karine {last}", "Karine", last, phone, null, null);
            Assert.Equal(DedupOutcome.Review, await CustomerDedup.CheckNewAsync(conn, tx, other));
            await tx.CommitAsync();
        }
        var review = (await DedupReviews.ListAsync(conn, limit: 10_000)).Single(r => r.CustomerId == other && r.CandidateId == original);

        var merged = await DedupReviews.MergeAsync(conn, review.Id, "tester");

        Assert.Equal(DedupActionStatus.Done, merged.Status);
        Assert.Equal(original, await StoreRows.ScalarAsync<long>(conn, "select root_id from customer_roots where customer_id = @id", null, ("id", other)));
        Assert.Equal("manual", await StoreRows.ScalarAsync<string>(conn, "select method from customer_merges where id = @id", null, ("id", merged.MergeId)));
        Assert.Equal(DedupActionStatus.NotFound, (await DedupReviews.MergeAsync(conn, long.MaxValue, "tester")).Status);
    }

    private static async Task<(string First, string Last, string Phone)> NameAndPhoneAsync(NpgsqlConnection conn, long id)
    {
        await using var cmd = new NpgsqlCommand("select first_name, last_name, phone_key from customers where id = @id", conn);
        cmd.Parameters.AddWithValue("id", id);
        await using var r = await cmd.ExecuteReaderAsync();
        await r.ReadAsync();
        return (r.GetString(0), r.GetString(1), r.GetString(2));
    }

    private static string Latin(string name) => Crm.Ingest.Demo.Transliteration.ToLatin(name);

    /// <summary>+37491234567 → 091-23-45-67.</summary>
    private static string Dashed(string key) => $"0{key[4..6]}-{key[6..8]}-{key[8..10]}-{key[10..]}";
}
