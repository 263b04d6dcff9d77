namespace Crm.Ingest.Tests.Handover;

/// <summary>One hash over every row a handover may write (updated_at is kept by a trigger, so any update shows).</summary>
public static class StoreChecksum
{
    public const string Sql = """
        select md5(string_agg(x, '|' order by x)) from (
            select concat_ws(',', 'a', id, status, leave_date, updated_at) as x from agents
            union all select concat_ws(',', 'c', id, owner_agent_id, updated_at) from customers
            union all select concat_ws(',', 'co', id, agent_id, valid_from, valid_to, updated_at) from customer_ownership
            union all select concat_ws(',', 'd', id, owner_agent_id, updated_at) from deals
            union all select concat_ws(',', 'do', id, agent_id, valid_from, valid_to, updated_at) from deal_ownership
            union all select concat_ws(',', 't', id, agent_id, updated_at) from activities
            union all select concat_ws(',', 'h', id) from portfolio_handovers
            union all select concat_ws(',', 'hi', id) from portfolio_handover_items) s
        """;

    public static Task<string> OfAsync(HandoverDemoStore store) => store.ScalarAsync<string>(Sql);
}
