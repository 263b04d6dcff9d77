namespace Crm.Ingest.Tests.Handover;

public sealed class SpreadHandoverTests(SpreadHandoverFixture f) : IClassFixture<SpreadHandoverFixture>
{
    private const string OpenWork = """
        select a.id,
               (select count(*) from customers c where c.owner_agent_id = a.id)
             + (select count(*) from deals d join deal_stages s on s.code = d.stage where d.owner_agent_id = a.id and not s.is_closed)
             + (select count(*) from activities t where t.agent_id = a.id and t.type_code = 'task' and t.completed_at is null
                  and coalesce(t.outcome, 'open') not in ('done', 'cancelled'))
        from agents a where a.id = any($1) order by a.id
        """;

    [Fact]
    public async Task ReceiversAreTheActiveSellersOfTheLeaversDepartment()
    {
        var colleagues = (await f.Store.RowsAsync("""
            select b.id from agents a join agents b on b.department_id = a.department_id and b.id <> a.id
            where a.id = $1 and b.status = 'active' and b.role in ('agent', 'department_head') order by b.id
            """, f.LeaverId)).Select(r => (long)r[0]!).ToList();
        Assert.True(colleagues.Count >= 2);
        Assert.Equal(colleagues, f.Result.Receivers.Select(r => r.AgentId));
        var got = f.Result.Receivers.Where(r => r.Customers + r.Deals + r.Tasks > 0).ToList();
        Assert.True(got.Count >= 2, "the portfolio went to one receiver only");
        Assert.Equal(0, await f.Store.ScalarAsync<long>("""
            select count(*) from portfolio_handover_items i join agents b on b.id = i.to_agent_id join agents a on a.id = i.from_agent_id
            where i.handover_id = $1 and (b.status <> 'active' or b.department_id <> a.department_id)
            """, f.Result.HandoverId));
    }

    [Fact]
    public async Task NothingStaysWithTheLeaverAndEachCustomerKeepsItsOpenDealsAndTasksTogether()
    {
        Assert.True(f.Result.Customers > 10);
        Assert.Equal(0L, (await f.Store.RowsAsync(OpenWork, new[] { f.LeaverId })).Single()[1]);
        Assert.Equal(0, await f.Store.ScalarAsync<long>("""
            select count(*) from portfolio_handover_items i
            join deals d on i.item_kind = 'deal' and d.id = i.item_id
            join portfolio_handover_items c on c.handover_id = i.handover_id and c.item_kind = 'customer' and c.item_id = d.customer_id
            where i.handover_id = $1 and c.to_agent_id <> i.to_agent_id
            """, f.Result.HandoverId));
        Assert.Equal(0, await f.Store.ScalarAsync<long>("""
            select count(*) from portfolio_handover_items i
            join activities t on i.item_kind = 'task' and t.id = i.item_id
            join portfolio_handover_items c on c.handover_id = i.handover_id and c.item_kind = 'customer' and c.item_id = t.customer_id
            where i.handover_id = $1 and c.to_agent_id <> i.to_agent_id
            """, f.Result.HandoverId));
    }

    /// <summary>
    /// The bound: whoever received something ends at most one bundle (a customer with its open deals and tasks)
    /// above the least-loaded receiver; the greedy gives each bundle to the least-loaded receiver at the time.
    /// </summary>
    [Fact]
    public async Task LoadEndsBalancedWithinTheLargestBundle()
    {
        var ids = f.Result.Receivers.Select(r => r.AgentId).ToArray();
        var loads = (await f.Store.RowsAsync(OpenWork, ids)).ToDictionary(r => (long)r[0]!, r => (long)r[1]!);
        Assert.Equal(f.Result.Receivers.ToDictionary(r => r.AgentId, r => r.LoadAfter), loads);
        var largestBundle = await f.Store.ScalarAsync<long>("""
            select coalesce(max(n), 1) from (
                select count(*) as n from portfolio_handover_items i
                left join deals d on i.item_kind = 'deal' and d.id = i.item_id
                left join activities t on i.item_kind = 'task' and t.id = i.item_id
                where i.handover_id = $1
                group by coalesce(case when i.item_kind = 'customer' then i.item_id end, d.customer_id, t.customer_id, -i.id)) s
            """, f.Result.HandoverId);
        var least = loads.Values.Min();
        foreach (var r in f.Result.Receivers.Where(r => r.Customers + r.Deals + r.Tasks > 0))
            Assert.True(loads[r.AgentId] - least <= largestBundle,
                $"agent {r.AgentId} ends at {loads[r.AgentId]}, the least-loaded at {least}, the largest bundle is {largestBundle}");
    }

    [Fact]
    public void TheSameStoreGivesTheSamePlan()
    {
        Assert.Equal(f.FirstPreview.Items, f.SecondPreview.Items);
        Assert.Equal(f.FirstPreview.Items, f.Result.Items);
        Assert.Equal(0, f.FirstPreview.HandoverId);
        Assert.Equal("spread", f.Result.Strategy);
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
}
