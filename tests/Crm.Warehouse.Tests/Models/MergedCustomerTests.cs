using Crm.Ingest.Dedup;

namespace Crm.Warehouse.Tests.Models;

/// <summary>Merged duplicates have no versions of their own: whatever they did counts for the customer at the end of their chain.</summary>
public sealed class MergedCustomerTests(ChangingDemoWarehouse store) : IClassFixture<ChangingDemoWarehouse>
{
    [Fact]
    public async Task FactsOfAMergedDuplicateCountForItsRoot()
    {
        var (duplicate, original) = await PlantedPairAsync(0);
        var before = FactCounts(original) + FactCounts(duplicate);

        var mergeId = await MergeAsync(original, duplicate);
        await store.LoadAsync();

        Assert.Equal(before, FactCounts(original));
        Assert.Equal(new FactCount(0, 0, 0, 0), FactCounts(duplicate));
        Assert.Equal(0L, store.Star<long>("select count(*) from dim_customer where customer_id = ?", duplicate));
        Assert.Equal(original, store.Star<long>("select root_customer_id from dim_customer_alias where customer_id = ?", duplicate));
        Assert.Equal(0L, store.Star<long>("""
            select count(*) from fct_activity f join dim_customer v on v.customer_key = f.customer_key
            where f.customer_id = ? and v.customer_id <> f.customer_id
            """, original));

        await using (var conn = await store.OpenAsync())
        await using (var tx = await conn.BeginTransactionAsync())
        {
            await MergeWriter.RevertAsync(conn, tx, mergeId, "test");
            await tx.CommitAsync();
        }
        await store.LoadAsync();
        Assert.True(FactCounts(duplicate).Activities > 0);
        Assert.Equal(before, FactCounts(original) + FactCounts(duplicate));
    }

    [Fact]
    public async Task MergeChainsEndAtTheirLastCustomer()
    {
        // Merges point at roots, but a hand-edited store may hold a chain: first → second → third.
        var (first, second) = await PlantedPairAsync(1);
        var (third, _) = await PlantedPairAsync(2);
        var before = FactCounts(first) + FactCounts(second) + FactCounts(third);

        await store.ScalarAsync<long>("update customers set merged_into_id = $2 where id = $1 returning id", second, third);
        await store.ScalarAsync<long>("update customers set merged_into_id = $2 where id = $1 returning id", first, second);
        await store.LoadAsync();

        Assert.Equal(third, store.Star<long>("select root_customer_id from dim_customer_alias where customer_id = ?", first));
        Assert.Equal(2, store.Star<int>("select merge_depth from dim_customer_alias where customer_id = ?", first));
        Assert.Equal(before, FactCounts(third));
    }

    private FactCount FactCounts(long customer) => new(
        store.Star<long>("select count(*) from fct_activity where customer_id = ?", customer),
        store.Star<long>("select count(*) from fct_deal where customer_id = ?", customer),
        store.Star<long>("select count(*) from fct_sale_line where customer_id = ?", customer),
        store.Star<long>("select count(*) from fct_loyalty where customer_id = ?", customer));

    /// <summary>The n-th duplicate the demo planted with its original, both still roots.</summary>
    private async Task<(long Duplicate, long Original)> PlantedPairAsync(int n)
    {
        var row = (await store.RowsAsync("""
            select d.duplicate_customer_id, d.original_customer_id from demo_duplicates d
            join customers c on c.id = d.duplicate_customer_id and c.merged_into_id is null
            join customers o on o.id = d.original_customer_id and o.merged_into_id is null
            order by d.duplicate_customer_id offset $1 limit 1
            """, n * 3)).Single();
        return (Convert.ToInt64(row[0]), Convert.ToInt64(row[1]));
    }

    private async Task<long> MergeAsync(long survivor, long duplicate)
    {
        await using var conn = await store.OpenAsync();
        await using var tx = await conn.BeginTransactionAsync();
        var id = await MergeWriter.MergeAsync(conn, tx, survivor, duplicate, "manual", 1.0, "{}", "test");
        await tx.CommitAsync();
        return id;
    }
}
