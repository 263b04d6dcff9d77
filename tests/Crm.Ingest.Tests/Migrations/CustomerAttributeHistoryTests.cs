using Crm.Testing;
using Npgsql;

namespace Crm.Ingest.Tests.Migrations;

/// <summary>The store keeps each customer's lifecycle and segment as history, whoever writes the customer.</summary>
public sealed class CustomerAttributeHistoryTests(ThrowawayPostgres pg) : IClassFixture<ThrowawayPostgres>
{
    [Fact]
    public async Task ANewCustomerStartsItsHistoryWhenItWasCreated()
    {
        await using var conn = await pg.OpenAsync();
        var id = await Scalar<long>(conn, """
            insert into customers (kind, name, source_code, department_id, created_at)
            values ('company', 'Ararat Tiles LLC', 'website', $1, '2025-03-01 09:00+04') returning id
            """, await DepartmentAsync(conn));

        Assert.Equal("smb", await Scalar<string>(conn, "select segment from customers where id = $1", id));
        Assert.Equal("1|lead|smb|2025-03-01 05:00", await Scalar<string>(conn, """
            select count(*) || '|' || min(lifecycle) || '|' || min(segment) || '|'
                   || to_char(min(changed_at) at time zone 'UTC', 'YYYY-MM-DD HH24:MI')
            from customer_attribute_history where customer_id = $1
            """, id));
    }

    [Fact]
    public async Task OnlyALifecycleOrSegmentChangeAddsToTheHistory()
    {
        await using var conn = await pg.OpenAsync();
        var id = await Scalar<long>(conn, """
            insert into customers (kind, name, source_code, department_id) values ('person', 'Ani Petrosyan', 'referral', $1)
            returning id
            """, await DepartmentAsync(conn));
        await Scalar<long>(conn, "update customers set phone = '+374 91 000000' where id = $1 returning id", id);
        await Scalar<long>(conn, "update customers set lifecycle = 'prospect' where id = $1 returning id", id);
        await Scalar<long>(conn, "update customers set segment = 'vip', lifecycle = 'buyer' where id = $1 returning id", id);

        Assert.Equal("lead/retail > prospect/retail > buyer/vip", await Scalar<string>(conn, """
            select string_agg(lifecycle || '/' || segment, ' > ' order by changed_at, id)
            from customer_attribute_history where customer_id = $1
            """, id));
    }

    private static Task<long> DepartmentAsync(NpgsqlConnection conn) => Scalar<long>(conn, """
        insert into departments (code, name) values ('history', 'History')
        on conflict (code) do update set name = excluded.name returning id
        """);

    private static async Task<T> Scalar<T>(NpgsqlConnection conn, string sql, params object[] args)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        foreach (var a in args) cmd.Parameters.AddWithValue(a);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }
}
