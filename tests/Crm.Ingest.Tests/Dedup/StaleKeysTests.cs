using Crm.Ingest.Dedup;
using Crm.Testing;

namespace Crm.Ingest.Tests.Dedup;

/// <summary>Customers the generator wrote carry no keys; a writer refreshes them before checking what it writes.</summary>
public sealed class StaleKeysTests(DemoStore store) : IClassFixture<DemoStore>
{
    [Fact]
    public async Task ACopyOfAGeneratedCustomerIsFoundOnceTheStaleKeysAreRefreshed()
    {
        await using var conn = await store.OpenAsync();
        var original = await StoreRows.ScalarAsync<long>(conn, """
            select id from customers where kind = 'person' and phone is not null and merged_into_id is null order by id limit 1
            """);
        var (first, last, phone) = (await StoreRows.ScalarAsync<string>(conn, "select first_name from customers where id = @id", null, ("id", original)),
            await StoreRows.ScalarAsync<string>(conn, "select last_name from customers where id = @id", null, ("id", original)),
            await StoreRows.ScalarAsync<string>(conn, "select phone from customers where id = @id", null, ("id", original)));

        await using (var tx = await conn.BeginTransactionAsync())
        {
            var copy = await StoreRows.InsertCopyAsync(conn, tx, original, $"{first} {last}", first, last, phone, null, null);
            Assert.Equal(DedupOutcome.Unique, await CustomerDedup.CheckNewAsync(conn, tx, copy));
            await tx.RollbackAsync();
        }
        await using (var tx = await conn.BeginTransactionAsync())
        {
            var refreshed = await CustomerDedup.RefreshStaleKeysAsync(conn, tx);
            var copy = await StoreRows.InsertCopyAsync(conn, tx, original, $"{first} {last}", first, last, phone, null, null);
            Assert.True(refreshed > 1000, $"{refreshed} customers got keys");
            Assert.Equal(DedupOutcome.Merged, await CustomerDedup.CheckNewAsync(conn, tx, copy));
            Assert.Equal(0, await CustomerDedup.RefreshStaleKeysAsync(conn, tx));
            await tx.CommitAsync();
        }
    }
}
