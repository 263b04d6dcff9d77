namespace Crm.ReportingApi.Tests.Features.Agents;

/// <summary>
/// The real host over a demo store (S, seed 7) of one test class's own, since handovers change it.
/// </summary>
public sealed class HandoverApp : AppOverOwnStore
{
    /// <summary>A busy seller who can hand over (no ownership starting after the demo's end), a colleague, and an uninvolved active seller.</summary>
    public long LeaverId { get; private set; }
    public long ReceiverId { get; private set; }
    public long BystanderId { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        LeaverId = await ScalarAsync<long>("""
            select a.id from agents a
            where a.status = 'active' and a.role = 'agent'
              and not exists (select 1 from customer_ownership o where o.agent_id = a.id and o.valid_to is null and o.valid_from > '2026-11-01')
              and exists (select 1 from agents b where b.department_id = a.department_id and b.id <> a.id and b.status = 'active' and b.role = 'agent')
            order by (select count(*) from customers c where c.owner_agent_id = a.id) desc, a.id limit 1
            """);
        ReceiverId = await ScalarAsync<long>("""
            select b.id from agents a join agents b on b.department_id = a.department_id and b.id <> a.id
            where a.id = $1 and b.status = 'active' and b.role = 'agent' order by b.id limit 1
            """, LeaverId);
        BystanderId = await ScalarAsync<long>(
            "select max(id) from agents where status = 'active' and role = 'agent' and id not in ($1, $2)", LeaverId, ReceiverId);
    }
}
