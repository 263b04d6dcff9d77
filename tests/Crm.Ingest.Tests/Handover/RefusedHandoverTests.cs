using Crm.Ingest.Handover;

namespace Crm.Ingest.Tests.Handover;

/// <summary>Every refusal names its reason and leaves the store exactly as it was.</summary>
public sealed class RefusedHandoverTests(HandoverDemoStore store) : IClassFixture<HandoverDemoStore>
{
    private static readonly DateTimeOffset At = HandoverCalendar.StartOf(new DateOnly(2026, 11, 10));

    [Fact]
    public Task UnknownAgentIsRefused() => AssertRefused(HandoverRefusal.UnknownAgent, _ => Task.FromResult(new HandoverRequest(999_999, null, At)));

    [Fact]
    public Task AgentWhoHasLeftIsRefused() => AssertRefused(HandoverRefusal.AlreadyLeft, async s =>
        new HandoverRequest(await s.ScalarAsync<long>("select min(id) from agents where status = 'left'"), null, At));

    [Fact]
    public Task HandingOverToOneselfIsRefused() => AssertRefused(HandoverRefusal.TargetIsLeaver, async s =>
    {
        var leaver = await s.BusiestSellerAsync();
        return new HandoverRequest(leaver, leaver, At);
    });

    [Fact]
    public Task UnknownReceiverIsRefused() => AssertRefused(HandoverRefusal.UnknownTarget, async s =>
        new HandoverRequest(await s.BusiestSellerAsync(), 999_999, At));

    [Theory]
    [InlineData("left")]
    [InlineData("on_leave")]
    public Task ReceiverWhoIsNotActiveIsRefused(string status) => AssertRefused(HandoverRefusal.TargetNotActive, async s =>
        new HandoverRequest(await s.BusiestSellerAsync(), await s.ScalarAsync<long>("select min(id) from agents where status = $1", status), At));

    [Fact]
    public Task LeavingBeforeTheHireDateIsRefused() => AssertRefused(HandoverRefusal.EffectiveBeforeHistory, async s =>
    {
        var leaver = await s.BusiestSellerAsync();
        var hired = await s.ScalarAsync<DateOnly>("select hire_date from agents where id = $1", leaver);
        return new HandoverRequest(leaver, null, HandoverCalendar.StartOf(hired.AddDays(-1)));
    });

    [Fact]
    public Task LeavingBeforeTheLatestOwnershipStartIsRefused() => AssertRefused(HandoverRefusal.EffectiveBeforeHistory, async s =>
    {
        var leaver = await s.BusiestSellerAsync();
        var latest = await s.ScalarAsync<DateTime>("select max(valid_from) from customer_ownership where agent_id = $1 and valid_to is null", leaver);
        return new HandoverRequest(leaver, null, new DateTimeOffset(latest, TimeSpan.Zero));
    });

    [Fact]
    public Task LeavingInTheFutureIsRefused() => AssertRefused(HandoverRefusal.EffectiveInFuture, async s =>
        new HandoverRequest(await s.BusiestSellerAsync(), null, DateTimeOffset.UtcNow.AddDays(2)));

    [Fact]
    public Task SpreadingWithNoActiveColleagueIsRefused() => AssertRefused(HandoverRefusal.NoColleague, async s =>
        new HandoverRequest(await s.ScalarAsync<long>("""
            with d as (insert into departments (code, name) values ('solo-' || gen_random_uuid(), 'One-person office') returning id)
            insert into agents (full_name, department_id, hire_date) select 'Only Seller', id, '2024-01-01' from d returning id
            """), null, At));

    private async Task AssertRefused(HandoverRefusal reason, Func<HandoverDemoStore, Task<HandoverRequest>> request)
    {
        var asked = await request(store);
        var before = await StoreChecksum.OfAsync(store);
        var e = await Assert.ThrowsAsync<HandoverRefusedException>(() => PortfolioHandover.HandOverAsync(store.Db, asked));
        Assert.Equal(reason, e.Reason);
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
        Assert.Equal(before, await StoreChecksum.OfAsync(store));
    }
}
