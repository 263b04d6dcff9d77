using Crm.Ingest.Handover;
using Crm.Ingest.Tests.Demo;
using Npgsql;

namespace Crm.Ingest.Tests.Handover;

/// <summary>The handovers the demo plants answer "who owned this customer on date D" (read-only, on the shared demo).</summary>
[Collection(DemoCollection.Name)]
public sealed class DemoOwnershipHistoryTests(DemoDatabase db)
{
    [Fact]
    public async Task PlantedHandoversAnswerOwnerOnADateBeforeAndAfter()
    {
        var rows = await db.RowsAsync("""
            select n.customer_id, o.agent_id, n.agent_id,
                   customer_owner_at(n.customer_id, n.valid_from - interval '1 day'),
                   customer_owner_at(n.customer_id, n.valid_from)
            from customer_ownership n
            join customer_ownership o on o.customer_id = n.customer_id and o.valid_to = n.valid_from
            join agents a on a.id = o.agent_id
            where n.reason = 'handover' and a.status = 'left' and o.valid_from < n.valid_from - interval '1 day'
            """);
        Assert.True(rows.Count > 10, $"{rows.Count} planted handovers");
        Assert.All(rows, r => Assert.Equal((r[1], r[2]), (r[3], r[4])));

        await using var source = NpgsqlDataSource.Create(db.ConnectionString);
        foreach (var r in rows.Take(20))
        {
            var customer = (long)r[0]!;
            var history = await OwnershipHistory.HistoryAsync(source, customer);
            var handover = history!.First(p => p.Reason == "handover");
            var before = await OwnershipHistory.OwnerAtAsync(source, customer, handover.ValidFrom.AddDays(-1));
            var after = await OwnershipHistory.OwnerAtAsync(source, customer, handover.ValidFrom);
            Assert.Equal(((long)r[1]!, (long)r[2]!), (before!.AgentId, after!.AgentId));
            Assert.Equal(handover.ValidFrom, before.ValidTo);
        }
    }

    [Fact]
    public async Task NoOwnerBeforeTheCustomerExistedAndNoHistoryForAnUnknownCustomer()
    {
        await using var source = NpgsqlDataSource.Create(db.ConnectionString);
        var first = (await db.RowsAsync("select customer_id, min(valid_from) from customer_ownership group by 1 order by 1 limit 1")).Single();
        Assert.Null(await OwnershipHistory.OwnerAtAsync(source, (long)first[0]!, new DateTimeOffset((DateTime)first[1]!).AddSeconds(-1)));
        Assert.Null(await OwnershipHistory.HistoryAsync(source, 999_999_999));
        Assert.Null(await OwnershipHistory.OwnerAtAsync(source, 999_999_999, DateTimeOffset.UtcNow));
    }
}
