using Dapper;
using Npgsql;

namespace Crm.Ingest.Handover;

/// <summary>Reads, inside the handover's transaction, the agents involved and the leaver's portfolio (rows locked).</summary>
internal sealed class PortfolioReader(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
{
    // Open work: a deal in a stage that is not closed, a task neither completed nor done/cancelled.
    private const string OpenDeals = "select d.id from deals d join deal_stages s on s.code = d.stage where not s.is_closed and d.deleted_at is null";
    private const string OpenTasks = """
        select t.id from activities t where t.type_code = 'task' and t.completed_at is null
          and coalesce(t.outcome, 'open') not in ('done', 'cancelled') and t.deleted_at is null
        """;

    public Task<AgentRow?> AgentAsync(long id, bool forUpdate) => conn.QuerySingleOrDefaultAsync<AgentRow?>(new CommandDefinition(
        $"""
        select id, full_name as fullname, status, hire_date as hiredate, department_id as departmentid, role,
               deleted_at is not null as deleted
        from agents where id = @id {(forUpdate ? "for update" : "for share")}
        """, new { id }, tx, cancellationToken: ct));

    /// <summary>Active sellers of the department who were already hired on the leave date.</summary>
    public async Task<List<long>> ColleaguesAsync(AgentRow leaver, DateTimeOffset at) => (await conn.QueryAsync<long>(new CommandDefinition("""
        select id from agents
        where department_id = @department and id <> @id and status = 'active' and deleted_at is null
          and role in ('agent', 'department_head') and hire_date <= (@at at time zone 'Asia/Yerevan')::date
        order by id
        """, new { department = leaver.DepartmentId, id = leaver.Id, at }, tx, cancellationToken: ct))).ToList();

    public async Task<List<Receiver>> ReceiversAsync(IReadOnlyList<long> ids) => (await conn.QueryAsync<Receiver>(new CommandDefinition($"""
        select a.id, a.full_name as fullname,
               (select count(*) from customers c where c.owner_agent_id = a.id)
             + (select count(*) from ({OpenDeals} and d.owner_agent_id = a.id) x)
             + (select count(*) from ({OpenTasks} and t.agent_id = a.id) y) as load
        from agents a where a.id = any(@ids) order by a.id
        """, new { ids = ids.ToArray() }, tx, cancellationToken: ct))).ToList();

    public async Task<Portfolio> PortfolioAsync(long agentId)
    {
        var customers = (await conn.QueryAsync<long>(new CommandDefinition("""
            select c.id from customers c
            where c.id in (select id from customers where owner_agent_id = @agentId
                           union select customer_id from customer_ownership where agent_id = @agentId and valid_to is null)
            order by c.id for update
            """, new { agentId }, tx, cancellationToken: ct))).ToArray();
        var deals = (await conn.QueryAsync<PortfolioDeal>(new CommandDefinition($"""
            select d.id, d.customer_id as customerid, d.amount from deals d
            where d.id in ({OpenDeals} and d.owner_agent_id = @agentId) order by d.id for update
            """, new { agentId }, tx, cancellationToken: ct))).ToList();
        var tasks = (await conn.QueryAsync<PortfolioTask>(new CommandDefinition($"""
            select a.id, a.customer_id as customerid, a.deal_id as dealid from activities a
            where a.id in ({OpenTasks} and t.agent_id = @agentId) order by a.id for update
            """, new { agentId }, tx, cancellationToken: ct))).ToList();
        var latest = await conn.ExecuteScalarAsync<DateTime?>(new CommandDefinition("""
            select max(valid_from) from (
                select valid_from from customer_ownership where customer_id = any(@customers) and valid_to is null
                union all
                select valid_from from deal_ownership where deal_id = any(@deals) and valid_to is null) s
            """, new { customers, deals = deals.Select(d => d.Id).ToArray() }, tx, cancellationToken: ct));
        return new Portfolio(customers, deals, tasks, latest);
    }

    /// <summary>Deals loaded after V012 by writers that keep no deal history get theirs before they change hands.</summary>
    public Task BackfillDealOwnershipAsync(long agentId) => conn.ExecuteAsync(new CommandDefinition(
        "select crm_backfill_deal_ownership(@agentId)", new { agentId }, tx, cancellationToken: ct));
}
