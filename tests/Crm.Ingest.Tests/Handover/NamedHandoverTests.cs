using Crm.Ingest.Handover;

namespace Crm.Ingest.Tests.Handover;

public sealed class NamedHandoverTests(NamedHandoverFixture f) : IClassFixture<NamedHandoverFixture>
{
    [Fact]
    public async Task EveryCustomerOpenDealAndOpenTaskGoesToTheReceiver()
    {
        Assert.True(f.CustomersBefore.Count > 10, $"{f.CustomersBefore.Count} customers");
        Assert.NotEmpty(f.OpenDealsBefore);
        Assert.NotEmpty(f.OpenTasksBefore);
        Assert.Equal((f.CustomersBefore.Count, f.OpenDealsBefore.Count, f.OpenTasksBefore.Count),
            (f.Result.Customers, f.Result.Deals, f.Result.Tasks));

        Assert.Equal(f.CustomersBefore, await IdsAsync("select id from customers where owner_agent_id = $1 order by id", f.ReceiverId, f.CustomersBefore));
        Assert.Equal(f.OpenDealsBefore, await IdsAsync("select id from deals where owner_agent_id = $1 order by id", f.ReceiverId, f.OpenDealsBefore));
        Assert.Equal(f.OpenTasksBefore, await IdsAsync("select id from activities where agent_id = $1 order by id", f.ReceiverId, f.OpenTasksBefore));
        Assert.Equal(0, await f.Store.ScalarAsync<long>("select count(*) from customers where owner_agent_id = $1", f.LeaverId));
        Assert.Equal(0, await f.Store.ScalarAsync<long>("select count(*) from customer_ownership where agent_id = $1 and valid_to is null", f.LeaverId));
        Assert.Equal(0, await f.Store.ScalarAsync<long>("""
            select count(*) from deals d join deal_stages s on s.code = d.stage where d.owner_agent_id = $1 and not s.is_closed
            """, f.LeaverId));
    }

    [Fact]
    public async Task MergedDuplicatesAreHandedOverToo()
    {
        var merged = await f.Store.ScalarAsync<long>(
            "select count(*) from customers where id = any($1) and merged_into_id is not null", f.CustomersBefore.ToArray());
        Assert.True(merged > 0, "the chosen leaver owns no merged duplicate");
    }

    [Fact]
    public async Task TheAgentIsMarkedLeftOnTheYerevanDate()
    {
        var row = (await f.Store.RowsAsync("select status, leave_date from agents where id = $1", f.LeaverId)).Single();
        Assert.Equal("left", row[0]);
        Assert.Equal(new DateOnly(2026, 11, 10), row[1]);
        Assert.Equal(new DateTimeOffset(2026, 11, 9, 20, 0, 0, TimeSpan.Zero), f.At);
    }

    [Fact]
    public async Task OwnershipRowsCloseAndOpenAtTheEffectiveTime()
    {
        var handed = await f.Store.RowsAsync("""
            select c.id,
                   (select count(*) from customer_ownership o where o.customer_id = c.id and o.valid_to = $2 and o.agent_id = $3),
                   (select count(*) from customer_ownership o where o.customer_id = c.id and o.valid_from = $2 and o.valid_to is null
                      and o.agent_id = $4 and o.reason = 'handover')
            from customers c where c.id = any($1)
            """, f.CustomersBefore.ToArray(), f.At, f.LeaverId, f.ReceiverId);
        Assert.All(handed, r => Assert.Equal((1L, 1L), ((long)r[1]!, (long)r[2]!)));
    }

    [Theory]
    [InlineData("customer_ownership", "customer_id")]
    [InlineData("deal_ownership", "deal_id")]
    public async Task OwnershipHistoryHasNoGapNoOverlapAndOneOpenRowAtMost(string table, string item)
    {
        Assert.Equal(0, await OwnershipInvariants.OverlapsAsync(f.Store, table, item));
        Assert.Equal(0, await OwnershipInvariants.GapsAsync(f.Store, table, item));
        Assert.Equal(0, await OwnershipInvariants.ItemsWithSeveralOpenAsync(f.Store, table, item));
    }

    [Fact]
    public async Task OwnerOnADateIsTheLeaverBeforeAndTheReceiverFrom()
    {
        var before = f.At.AddSeconds(-1);
        var owners = await f.Store.RowsAsync("""
            select customer_owner_at(id, $2), customer_owner_at(id, $3) from customers where id = any($1)
            """, f.CustomersBefore.ToArray(), before, f.At);
        Assert.All(owners, r => Assert.Equal((f.LeaverId, f.ReceiverId), ((long)r[0]!, (long)r[1]!)));

        var deals = await f.Store.RowsAsync("select deal_owner_at(id, $2), deal_owner_at(id, $3) from deals where id = any($1)",
            f.OpenDealsBefore.ToArray(), before, f.At);
        Assert.All(deals, r => Assert.Equal((f.LeaverId, f.ReceiverId), ((long)r[0]!, (long)r[1]!)));

        var customer = f.CustomersBefore[0];
        Assert.Equal(f.LeaverId, (await OwnershipHistory.OwnerAtAsync(f.Store.Db, customer, before))!.AgentId);
        var now = await OwnershipHistory.OwnerAtAsync(f.Store.Db, customer, f.At);
        Assert.Equal((f.ReceiverId, f.At, (DateTimeOffset?)null, "handover"), (now!.AgentId, now.ValidFrom, now.ValidTo, now.Reason));
        var history = await OwnershipHistory.HistoryAsync(f.Store.Db, customer);
        Assert.Equal([f.LeaverId, f.ReceiverId], history!.TakeLast(2).Select(p => p.AgentId));
    }

    [Fact]
    public async Task PastWorkStaysWithWhoeverDidIt()
    {
        Assert.Equal(Flatten(f.PastWorkBefore), Flatten(await f.Store.RowsAsync(NamedHandoverFixture.PastWork, f.At)));
        Assert.Equal(f.ClosedTasksBefore, await f.Store.ScalarAsync<string>(NamedHandoverFixture.ClosedTasks));
        Assert.True(await f.Store.ScalarAsync<long>("select count(*) from activities where agent_id = $1", f.LeaverId) > 100);
    }

    [Fact]
    public async Task TheAuditTrailRecordsEveryItem()
    {
        var handover = (await f.Store.RowsAsync("""
            select from_agent_id, to_agent_id, strategy, effective_at, customers_moved, deals_moved, tasks_moved, created_by
            from portfolio_handovers where id = $1
            """, f.Result.HandoverId)).Single();
        Assert.Equal([f.LeaverId, f.ReceiverId, "named", f.At.UtcDateTime, f.Result.Customers, f.Result.Deals, f.Result.Tasks, "test"], handover);
        var items = await f.Store.RowsAsync("""
            select item_kind, count(*), count(*) filter (where from_agent_id = $2 and to_agent_id = $3)
            from portfolio_handover_items where handover_id = $1 group by 1 order by 1
            """, f.Result.HandoverId, f.LeaverId, f.ReceiverId);
        Assert.Equal(
            [["customer", (long)f.CustomersBefore.Count, (long)f.CustomersBefore.Count], ["deal", (long)f.OpenDealsBefore.Count, (long)f.OpenDealsBefore.Count],
             ["task", (long)f.OpenTasksBefore.Count, (long)f.OpenTasksBefore.Count]],
            items);
    }

    [Fact]
    public async Task HandingOverAgainIsRefusedBecauseTheAgentHasLeft()
    {
        var e = await Assert.ThrowsAsync<HandoverRefusedException>(() =>
            PortfolioHandover.HandOverAsync(f.Store.Db, new HandoverRequest(f.LeaverId, f.ReceiverId, f.At)));
        Assert.Equal(HandoverRefusal.AlreadyLeft, e.Reason);
    }

    private async Task<List<long>> IdsAsync(string sql, long owner, List<long> among) =>
        (await f.Store.RowsAsync(sql.Replace("order by", "and id = any($2) order by"), owner, among.ToArray())).Select(r => (long)r[0]!).ToList();

    private static List<string> Flatten(List<object?[]> rows) => rows.Select(r => string.Join(',', r)).ToList();
}
