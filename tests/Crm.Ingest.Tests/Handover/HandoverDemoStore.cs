using Crm.Testing;

namespace Crm.Ingest.Tests.Handover;

/// <summary>A throw-away store with the S demo (seed 7) of one test class's own, since handovers change it.</summary>
public sealed class HandoverDemoStore : DemoStore
{
    /// <summary>Links the agent's planted duplicates to their originals, as dedup would, so a handover meets merged customers.</summary>
    public Task<long> MergeDuplicatesOfAsync(long agentId) => ScalarAsync<long>("""
        with merged as (
            update customers c set merged_into_id = d.original_customer_id from demo_duplicates d
            where d.duplicate_customer_id = c.id and c.owner_agent_id = $1 returning c.id)
        select count(*) from merged
        """, agentId);

    /// <summary>The active seller (of a department with at least three) with the most open tasks, preferring one who owns a planted duplicate.</summary>
    public Task<long> BusiestSellerAsync(long? departmentId = null) => ScalarAsync<long>("""
        select a.id from agents a
        where a.status = 'active' and a.role = 'agent' and ($1 = 0 or a.department_id = $1)
          and (select count(*) from agents b where b.department_id = a.department_id and b.status = 'active'
               and b.role in ('agent', 'department_head')) >= 3
          -- The demo plants a couple of reassignments after its own end; such a portfolio cannot be handed over before them.
          and not exists (select 1 from customer_ownership o where o.agent_id = a.id and o.valid_to is null and o.valid_from > '2026-11-01')
        order by exists (select 1 from customers c join demo_duplicates d on d.duplicate_customer_id = c.id where c.owner_agent_id = a.id) desc,
                 (select count(*) from activities t where t.agent_id = a.id and t.type_code = 'task' and t.completed_at is null
                    and coalesce(t.outcome, 'open') not in ('done', 'cancelled')) desc,
                 a.id
        limit 1
        """, departmentId ?? 0L);
}
