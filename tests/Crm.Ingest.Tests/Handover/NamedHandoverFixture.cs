using Crm.Ingest.Handover;

namespace Crm.Ingest.Tests.Handover;

/// <summary>The demo store with one agent's portfolio handed to a named colleague, and what it looked like before.</summary>
public sealed class NamedHandoverFixture : IAsyncLifetime
{
    public const string PastWork = """
        select coalesce(agent_id, 0), count(*) from activities
        where occurred_at < $1 and not (type_code = 'task' and completed_at is null and coalesce(outcome, 'open') not in ('done', 'cancelled'))
        group by 1 order by 1
        """;
    public const string ClosedTasks = """
        select md5(string_agg(concat_ws(',', id, agent_id, updated_at), '|' order by id)) from activities
        where type_code = 'task' and (completed_at is not null or outcome in ('done', 'cancelled'))
        """;

    public HandoverDemoStore Store { get; } = new();
    public DateTimeOffset At { get; } = HandoverCalendar.StartOf(new DateOnly(2026, 11, 10));
    public long LeaverId { get; private set; }
    public long ReceiverId { get; private set; }
    public HandoverResult Result { get; private set; } = null!;
    public List<long> CustomersBefore { get; private set; } = null!;
    public List<long> OpenDealsBefore { get; private set; } = null!;
    public List<long> OpenTasksBefore { get; private set; } = null!;
    public List<object?[]> PastWorkBefore { get; private set; } = null!;
    public string ClosedTasksBefore { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Store.InitializeAsync();
        LeaverId = await Store.BusiestSellerAsync();
        await Store.MergeDuplicatesOfAsync(LeaverId);
        ReceiverId = await Store.ScalarAsync<long>("""
            select b.id from agents a join agents b on b.department_id = a.department_id and b.id <> a.id
            where a.id = $1 and b.status = 'active' and b.role = 'agent' order by b.id limit 1
            """, LeaverId);
        CustomersBefore = await IdsAsync("select id from customers where owner_agent_id = $1 order by id");
        OpenDealsBefore = await IdsAsync("""
            select d.id from deals d join deal_stages s on s.code = d.stage where d.owner_agent_id = $1 and not s.is_closed order by d.id
            """);
        OpenTasksBefore = await IdsAsync("""
            select id from activities where agent_id = $1 and type_code = 'task' and completed_at is null
              and coalesce(outcome, 'open') not in ('done', 'cancelled') order by id
            """);
        PastWorkBefore = await Store.RowsAsync(PastWork, At);
        ClosedTasksBefore = await Store.ScalarAsync<string>(ClosedTasks);
        Result = await PortfolioHandover.HandOverAsync(Store.Db, new HandoverRequest(LeaverId, ReceiverId, At, "test"));
    }

    public Task DisposeAsync() => Store.DisposeAsync();

    private async Task<List<long>> IdsAsync(string sql) =>
        (await Store.RowsAsync(sql, LeaverId)).Select(r => (long)r[0]!).ToList();
}
