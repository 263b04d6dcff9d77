using Crm.Testing;
using Npgsql;

namespace Crm.Dashboards.Tests.Reports;

/// <summary>An agent's portfolio read on PostgreSQL, for checking that agent-scoped sales reports stay inside it.</summary>
public static class SalesPortfolio
{
    /// <summary>The agent whose current customers bought the most sale lines: a portfolio big enough to test with.</summary>
    public static async Task<long> BusiestOwnerAsync(DemoWarehouse demo)
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

    /// <summary>The root customers the agent owns now: the only customer ids the agent's reports may show.</summary>
    public static async Task<HashSet<long>> RootsOwnedByAsync(DemoWarehouse demo, long agentId)
    {
        await using var conn = await demo.OpenSourceAsync();
        await using var cmd = new NpgsqlCommand(OracleSql.Roots("@agent") + """
            select distinct r.root_id from roots r where r.id in (select id from portfolio)
            """, conn);
        cmd.Parameters.AddWithValue("agent", agentId);
        var ids = new HashSet<long>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) ids.Add(reader.GetInt64(0));
        return ids;
    }
}
