using Crm.Testing;
using Npgsql;

namespace Crm.Dashboards.Tests.Reports;

/// <summary>
/// An agent's portfolio read straight from PostgreSQL, for the tests that an agent's report holds only the agent's
/// customers: the customers (merged duplicates included) whose root the agent owns now.
/// </summary>
public static class AgentPortfolio
{
    /// <summary>The agent whose current customers bought the most sale lines: a portfolio big enough for the sales reports.</summary>
    public static async Task<long> BusiestSellerAsync(DemoWarehouse demo)
    {
        await using var conn = await demo.OpenSourceAsync();
        await using var cmd = new NpgsqlCommand("""
            select c.owner_agent_id
            from activities a
            join sale_lines l on l.sale_activity_id = a.id
            join customers c on c.id = a.customer_id
            where c.merged_into_id is null and c.owner_agent_id is not null
            group by c.owner_agent_id
            order by count(*) desc, c.owner_agent_id
            limit 1
            """, conn);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    /// <summary>The root customer ids the agent owns now: the only customer ids the agent's reports may show.</summary>
    public static async Task<HashSet<long>> RootsAsync(DemoWarehouse demo, long agentId)
    {
        await using var conn = await demo.OpenSourceAsync();
        await using var cmd = new NpgsqlCommand(
            "select id from customers where merged_into_id is null and owner_agent_id = $1", conn);
        cmd.Parameters.AddWithValue(agentId);
        var ids = new HashSet<long>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) ids.Add(reader.GetInt64(0));
        return ids;
    }

    /// <summary>
    /// Live journal entries of <paramref name="types"/> made on UTC days from..to with the agent's portfolio, plus the
    /// agent's own entries with no customer: what the agent's activity reports must add up to.
    /// </summary>
    public static async Task<long> ActivitiesAsync(DemoWarehouse demo, long agentId, string[] types, DateOnly from, DateOnly to)
    {
        await using var conn = await demo.OpenSourceAsync();
        await using var cmd = new NpgsqlCommand(OracleSql.Roots("$1") + """
            select count(*) from activities a
            where a.deleted_at is null and a.type_code = any($2)
              and (a.occurred_at at time zone 'UTC')::date between $3 and $4
              and (a.customer_id in (select id from portfolio) or (a.customer_id is null and a.agent_id = $1))
            """, conn);
        cmd.Parameters.AddWithValue(agentId);
        cmd.Parameters.AddWithValue(types);
        cmd.Parameters.AddWithValue(from);
        cmd.Parameters.AddWithValue(to);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
