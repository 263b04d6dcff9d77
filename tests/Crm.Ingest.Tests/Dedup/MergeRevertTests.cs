using Crm.Ingest.Dedup;
using Npgsql;

namespace Crm.Ingest.Tests.Dedup;

/// <summary>Merges are recorded and undone exactly, including customers re-pointed by a later merge.</summary>
public sealed class MergeRevertTests(DedupedDemo demo) : IClassFixture<DedupedDemo>
{
    [Fact]
    public async Task RevertingAMergeOfTheBatchJobRestoresTheDuplicateAndItIsNotMergedAgain()
    {
        await using var conn = await demo.OpenAsync();
        var mergeId = await StoreRows.ScalarAsync<long>(conn,
            "select min(id) from customer_merges where reverted_at is null and method = 'fuzzy_name'");
        var duplicate = await StoreRows.ScalarAsync<long>(conn, "select duplicate_id from customer_merges where id = @id", null, ("id", mergeId));

        var reverted = await DedupMerges.RevertAsync(conn, mergeId, "tester");

        Assert.Equal(DedupActionStatus.Done, reverted.Status);
        Assert.Null(await MergedIntoAsync(conn, duplicate));
        Assert.Equal("tester", await StoreRows.ScalarAsync<string>(conn, "select reverted_by from customer_merges where id = @id", null, ("id", mergeId)));
        Assert.Equal(DedupActionStatus.Conflict, (await DedupMerges.RevertAsync(conn, mergeId, "tester")).Status);
        Assert.Equal(DedupActionStatus.NotFound, (await DedupMerges.RevertAsync(conn, long.MaxValue, "tester")).Status);

        await DedupJob.RunAsync(demo.ConnectionString);
        Assert.Null(await MergedIntoAsync(conn, duplicate));
    }

    [Fact]
    public async Task MergingIntoAnotherRootRepointsEarlierDuplicatesAndRevertsPutThemBackExactly()
    {
        await using var conn = await demo.OpenAsync();
        var ids = new List<long>();
        await using (var cmd = new NpgsqlCommand("""
            select c.id from customers c where c.merged_into_id is null
              and not exists (select 1 from customers o where o.merged_into_id = c.id)
            order by c.id desc limit 3
            """, conn))
        await using (var r = await cmd.ExecuteReaderAsync())
            while (await r.ReadAsync()) ids.Add(r.GetInt64(0));
        var (x, y, z) = (ids[0], ids[1], ids[2]);

        var first = await MergeAsync(conn, survivor: y, duplicate: x);
        var second = await MergeAsync(conn, survivor: z, duplicate: y);
        Assert.Equal(z, await MergedIntoAsync(conn, x)); // merges point at roots
        Assert.Equal(z, await MergedIntoAsync(conn, y));
        Assert.Equal(z, await StoreRows.ScalarAsync<long>(conn, "select customer_root(@id)", null, ("id", x)));

        Assert.Equal(DedupActionStatus.Conflict, (await DedupMerges.RevertAsync(conn, first, "tester")).Status);
        Assert.Equal(DedupActionStatus.Done, (await DedupMerges.RevertAsync(conn, second, "tester")).Status);
        Assert.Null(await MergedIntoAsync(conn, y));
        Assert.Equal(y, await MergedIntoAsync(conn, x));
        Assert.Equal(DedupActionStatus.Done, (await DedupMerges.RevertAsync(conn, first, "tester")).Status);
        Assert.Null(await MergedIntoAsync(conn, x));
    }

    [Fact]
    public async Task ACustomerListsTheDuplicatesMergedIntoIt()
    {
        await using var conn = await demo.OpenAsync();
        var survivor = await StoreRows.ScalarAsync<long>(conn,
            "select max(survivor_id) from customer_merges where reverted_at is null and merged_by = 'dedup'");
        var duplicates = await DedupMerges.DuplicatesOfAsync(conn, survivor);
        Assert.NotNull(duplicates);
        Assert.NotEmpty(duplicates);
        Assert.All(duplicates, d => Assert.Equal(survivor, d.SurvivorId));
        Assert.Null(await DedupMerges.DuplicatesOfAsync(conn, long.MaxValue));
    }

    private static async Task<long> MergeAsync(NpgsqlConnection conn, long survivor, long duplicate)
    {
        await using var tx = await conn.BeginTransactionAsync();
        var id = await MergeWriter.MergeAsync(conn, tx, survivor, duplicate, "manual", 1, "{}", "tester");
        await tx.CommitAsync();
        return id;
    }

    private static Task<long?> MergedIntoAsync(NpgsqlConnection conn, long id) =>
        StoreRows.ScalarAsync<long?>(conn, "select merged_into_id from customers where id = @id", null, ("id", id));
}
