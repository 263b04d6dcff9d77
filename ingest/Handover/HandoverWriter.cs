using Dapper;
using Npgsql;

namespace Crm.Ingest.Handover;

/// <summary>
/// Writes a planned handover: ownership rows close at the effective time and the receiver's open at the same
/// moment (no gap, no overlap), current owners follow, open tasks change assignee, and the audit trail records
/// every item. Completed work is never touched, so the journal stays with whoever did it.
/// </summary>
internal static class HandoverWriter
{
    public static async Task<long> WriteAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long leaverId, long? toAgentId,
        DateTimeOffset at, string createdBy, IReadOnlyList<HandoverItem> items, CancellationToken ct)
    {
        await Exec(conn, tx, ct, """
            update agents set status = 'left', leave_date = (@at at time zone 'Asia/Yerevan')::date where id = @leaverId
            """, new { at, leaverId });

        var (customers, customerOwners) = Of(items, "customer");
        await Exec(conn, tx, ct, """
            update customer_ownership set valid_to = @at where customer_id = any(@ids) and valid_to is null;
            insert into customer_ownership (customer_id, agent_id, valid_from, reason)
                select u.id, u.agent, @at, 'handover' from unnest(@ids, @agents) as u(id, agent);
            update customers c set owner_agent_id = u.agent from unnest(@ids, @agents) as u(id, agent) where c.id = u.id;
            """, new { at, ids = customers, agents = customerOwners });

        var (deals, dealOwners) = Of(items, "deal");
        await Exec(conn, tx, ct, """
            update deal_ownership set valid_to = @at where deal_id = any(@ids) and valid_to is null;
            insert into deal_ownership (deal_id, agent_id, valid_from, reason)
                select u.id, u.agent, @at, 'handover' from unnest(@ids, @agents) as u(id, agent);
            update deals d set owner_agent_id = u.agent from unnest(@ids, @agents) as u(id, agent) where d.id = u.id;
            """, new { at, ids = deals, agents = dealOwners });

        var (tasks, assignees) = Of(items, "task");
        await Exec(conn, tx, ct, """
            update activities a set agent_id = u.agent from unnest(@ids, @agents) as u(id, agent) where a.id = u.id;
            """, new { ids = tasks, agents = assignees });

        var handoverId = await conn.ExecuteScalarAsync<long>(new CommandDefinition("""
            insert into portfolio_handovers (from_agent_id, to_agent_id, strategy, effective_at, customers_moved, deals_moved,
                                             tasks_moved, created_by)
            values (@leaverId, @toAgentId, @strategy, @at, @customers, @deals, @tasks, @createdBy)
            returning id
            """, new
        {
            leaverId, toAgentId, strategy = toAgentId is null ? "spread" : "named", at,
            customers = customers.Length, deals = deals.Length, tasks = tasks.Length, createdBy,
        }, tx, cancellationToken: ct));
        await Exec(conn, tx, ct, """
            insert into portfolio_handover_items (handover_id, item_kind, item_id, from_agent_id, to_agent_id)
                select @handoverId, u.kind, u.id, @leaverId, u.agent from unnest(@kinds, @ids, @agents) as u(kind, id, agent)
            """, new
        {
            handoverId, leaverId, kinds = items.Select(i => i.Kind).ToArray(), ids = items.Select(i => i.ItemId).ToArray(),
            agents = items.Select(i => i.ToAgentId).ToArray(),
        });
        return handoverId;
    }

    private static (long[] Ids, long[] Agents) Of(IReadOnlyList<HandoverItem> items, string kind)
    {
        var chosen = items.Where(i => i.Kind == kind).ToList();
        return (chosen.Select(i => i.ItemId).ToArray(), chosen.Select(i => i.ToAgentId).ToArray());
    }

    private static Task Exec(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct, string sql, object args) =>
        conn.ExecuteAsync(new CommandDefinition(sql, args, tx, cancellationToken: ct));
}
