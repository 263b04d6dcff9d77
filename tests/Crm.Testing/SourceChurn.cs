using Npgsql;

namespace Crm.Testing;

/// <summary>
/// A little of a working day in the operational store, so that every load after it has something to move:
/// new activities (one with money), two deals re-priced, an activity deleted, a customer's lifecycle changed.
/// Rows are picked by <paramref name="random"/>, so a seed repeats the same changes.
/// </summary>
public static class SourceChurn
{
    public static async Task ApplyAsync(NpgsqlConnection conn, Random random)
    {
        await using var tx = await conn.BeginTransactionAsync();
        var maxCustomer = await MaxIdAsync(conn, "select max(id) from customers");
        var maxAgent = await MaxIdAsync(conn, "select max(id) from agents");
        var maxDeal = await MaxIdAsync(conn, "select max(id) from deals");
        var maxActivity = await MaxIdAsync(conn, "select max(id) from activities");

        await ExecuteAsync(conn, """
            with customer as (select id from customers where id >= $1 and deleted_at is null and merged_into_id is null
                              order by id limit 1),
                 agent as (select id from agents where id >= $2 order by id limit 1)
            insert into activities (type_code, occurred_at, agent_id, customer_id, outcome, duration_seconds, amount)
            select v.type_code, now(), agent.id, customer.id, v.outcome, v.duration, v.amount
            from customer, agent,
                 (values ('call_out', 'answered', 95, null::numeric), ('meeting', 'positive', 1800, null),
                         ('payment', null, null, 125000.00)) v (type_code, outcome, duration, amount)
            """, Pick(random, maxCustomer), Pick(random, maxAgent));
        for (var i = 0; i < 2; i++)
            await ExecuteAsync(conn, """
                update deals set amount = amount + $2
                where id = (select id from deals where id >= $1 and deleted_at is null order by id limit 1)
                """, Pick(random, maxDeal), (decimal)random.Next(1, 500) * 1000);
        await ExecuteAsync(conn, """
            update activities set deleted_at = now()
            where id = (select id from activities where id >= $1 and deleted_at is null order by id limit 1)
            """, Pick(random, maxActivity));
        await ExecuteAsync(conn, """
            update customers set lifecycle = case lifecycle when 'lead' then 'prospect' else 'lead' end,
                                 lifecycle_changed_at = now()
            where id = (select id from customers where id >= $1 and deleted_at is null order by id limit 1)
            """, Pick(random, maxCustomer));
        await tx.CommitAsync();
    }

    private static long Pick(Random random, long maxId) => random.NextInt64(1, maxId + 1);

    private static async Task<long> MaxIdAsync(NpgsqlConnection conn, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection conn, string sql, params object[] args)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        foreach (var a in args) cmd.Parameters.AddWithValue(a);
        await cmd.ExecuteNonQueryAsync();
    }
}
