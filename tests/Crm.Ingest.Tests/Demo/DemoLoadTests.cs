using Crm.Ingest.Demo;
using Crm.Ingest.Migrations;
using Npgsql;

namespace Crm.Ingest.Tests.Demo;

[Collection(DemoCollection.Name)]
public sealed class DemoLoadTests(DemoDatabase db)
{
    private static readonly string[] Tables =
    [
        "departments", "agents", "sales_plans", "salary_payments", "partners", "campaigns", "customers", "contacts",
        "customer_ownership", "demo_duplicates", "product_categories", "products", "price_lists", "price_list_items", "deals",
        "deal_stage_history", "quotes", "quote_lines", "contracts", "documents", "activities", "sale_lines", "payments",
        "expenses", "loyalty_ledger",
    ];

    [Fact]
    public async Task SameSeedGivesTheSameData()
    {
        var twin = await FreshDatabaseAsync("crm_twin");
        await DemoGenerator.GenerateAsync(twin, DemoDatabase.Options);

        Assert.Equal(await FingerprintAsync(db.ConnectionString), await FingerprintAsync(twin));
    }

    [Fact]
    public async Task AnotherSeedGivesOtherData()
    {
        var small = new DemoScale("T", Customers: 300, Deals: 2_000, Activities: 15_000, Agents: 8, Departments: 2, Campaigns: 6, Partners: 4);
        var first = await FreshDatabaseAsync("crm_seed_1");
        var second = await FreshDatabaseAsync("crm_seed_2");
        await DemoGenerator.GenerateAsync(first, new DemoOptions(small, Seed: 1));
        await DemoGenerator.GenerateAsync(second, new DemoOptions(small, Seed: 2));

        Assert.NotEqual(await FingerprintAsync(first), await FingerprintAsync(second));
        // No cities file given: customers live in the built-in list of major towns.
        await using var conn = new NpgsqlConnection(first);
        await conn.OpenAsync();
        await using var cities = new NpgsqlCommand("select count(distinct city) from customers", conn);
        Assert.InRange((long)(await cities.ExecuteScalarAsync())!, 10, 21);
    }

    [Fact]
    public async Task GeneratorRefusesAStoreThatHasData()
    {
        var before = await db.ScalarAsync<long>("select count(*) from activities");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => DemoGenerator.GenerateAsync(db.ConnectionString, DemoDatabase.Options));

        Assert.Contains("already has data", error.Message);
        Assert.Equal(before, await db.ScalarAsync<long>("select count(*) from activities"));
    }

    [Fact]
    public async Task EveryTableIsCountedAndReported()
    {
        foreach (var table in Tables)
        {
            var actual = await db.ScalarAsync<long>($"select count(*) from {table}");
            Assert.True(actual > 0, $"{table} is empty");
            Assert.Equal(actual, db.Result.RowsPerTable[table]);
            Assert.Contains(db.Progress, p => p.Table == table && p.Rows == actual);
        }
        Assert.Equal(db.Result.RowsPerTable.Values.Sum(), db.Result.TotalRows);
        Assert.True(db.Progress.Count >= db.Result.TotalRows / 100_000, "progress every 100k rows");
        Assert.True(db.Progress.Zip(db.Progress.Skip(1)).All(p => p.First.TotalRowsSoFar <= p.Second.TotalRowsSoFar));
        Assert.Equal(db.Result.TotalRows, db.Progress[^1].TotalRowsSoFar);
        Assert.True(db.Result.RowsPerSecond > 0);
        Assert.True(db.Result.Elapsed < TimeSpan.FromSeconds(45), $"S took {db.Result.Elapsed}");
    }

    [Fact]
    public async Task SizesFollowTheScale()
    {
        var s = DemoScale.S;
        Assert.Equal(s.Customers, await db.ScalarAsync<long>("select count(*) from customers"));
        Assert.Equal(s.Agents, await db.ScalarAsync<long>("select count(*) from agents"));
        Assert.Equal(s.Departments, await db.ScalarAsync<long>("select count(*) from departments"));
        Assert.Equal(s.Campaigns, await db.ScalarAsync<long>("select count(*) from campaigns"));
        Assert.Equal(s.Partners, await db.ScalarAsync<long>("select count(*) from partners"));
        Assert.Equal(s.Products, await db.ScalarAsync<long>("select count(*) from products"));
        Assert.Equal(s.ProductCategories, await db.ScalarAsync<long>("select count(*) from product_categories"));
        Assert.InRange(await db.ScalarAsync<long>("select count(*) from deals"), s.Deals * 85 / 100, s.Deals * 115 / 100);
        Assert.InRange(await db.ScalarAsync<long>("select count(*) from activities"), s.Activities * 80 / 100, s.Activities * 120 / 100);
        Assert.Equal(DemoScale.M, DemoScale.Parse("m"));
        Assert.Throws<ArgumentException>(() => DemoScale.Parse("XL"));
    }

    [Fact]
    public async Task IdentitySequencesContinueAfterTheLoadedIds()
    {
        foreach (var table in Tables.Where(t => t is not ("demo_duplicates" or "price_list_items" or "payments" or "expenses")))
        {
            var max = await db.ScalarAsync<long>($"select max(id) from {table}");
            var next = await db.ScalarAsync<long>(
                $"select case when is_called then last_value + 1 else last_value end from {table}_id_seq");
            Assert.Equal(max + 1, next);
        }
    }

    [Fact]
    public async Task EveryForeignKeyHolds()
    {
        var keys = await db.RowsAsync("""
            select c.conname, c.conrelid::regclass::text, a.attname::text, c.confrelid::regclass::text, f.attname::text
            from pg_constraint c
            join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
            join pg_attribute f on f.attrelid = c.confrelid and f.attnum = c.confkey[1]
            where c.contype = 'f' and c.connamespace = 'public'::regnamespace
            """);
        Assert.True(keys.Count > 40);
        foreach (var k in keys)
        {
            var broken = await db.ScalarAsync<long>(
                $"select count(*) from {k[1]} c where c.{k[2]} is not null and not exists (select 1 from {k[3]} p where p.{k[4]} = c.{k[2]})");
            Assert.True(broken == 0, $"{k[0]}: {broken} rows of {k[1]}.{k[2]} point nowhere");
        }
    }

    [Fact]
    public async Task TimesAreBusinessTimesWithinTheHistory()
    {
        // created_at carries the business time so the warehouse sees three years of history, not one load date.
        Assert.Equal(0, await db.ScalarAsync<long>("select count(*) from activities where created_at <> occurred_at"));
        Assert.Equal(0, await db.ScalarAsync<long>("select count(*) from deals where created_at <> opened_at or updated_at <> stage_changed_at"));
        Assert.Equal(0, await db.ScalarAsync<long>("select count(*) from deal_stage_history where created_at <> changed_at"));
        var asOfEnd = "(date '2026-11-01')::timestamp at time zone 'Asia/Yerevan'";
        var start = "(date '2023-11-01')::timestamp at time zone 'Asia/Yerevan'";
        Assert.Equal(0, await db.ScalarAsync<long>($"select count(*) from activities where occurred_at >= {asOfEnd} or occurred_at < {start}"));
        Assert.Equal(0, await db.ScalarAsync<long>($"select count(*) from deal_stage_history where changed_at >= {asOfEnd}"));
        Assert.Equal(0, await db.ScalarAsync<long>($"select count(*) from customers where created_at >= {asOfEnd} or created_at < {start}"));
        var hours = await db.ScalarAsync<double>(
            "select avg(case when extract(hour from occurred_at at time zone 'Asia/Yerevan') between 9 and 19 then 1.0 else 0 end) from activities");
        Assert.True(hours > 0.9, $"only {hours:P0} of activities in office hours");
    }

    private async Task<string> FreshDatabaseAsync(string name)
    {
        var admin = new NpgsqlConnectionStringBuilder(db.ConnectionString) { Database = "postgres", Pooling = false };
        await using (var conn = new NpgsqlConnection(admin.ConnectionString))
        {
            await conn.OpenAsync();
            await using var drop = new NpgsqlCommand($"drop database if exists {name}", conn);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"create database {name} template template0 encoding 'UTF8'", conn);
            await create.ExecuteNonQueryAsync();
        }
        var target = new NpgsqlConnectionStringBuilder(db.ConnectionString) { Database = name }.ConnectionString;
        await MigrationRunner.ApplyAsync(target);
        return target;
    }

    private static async Task<string> FingerprintAsync(string connectionString)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        var parts = new List<string>();
        foreach (var table in Tables)
        {
            await using var count = new NpgsqlCommand($"select count(*) from {table}", conn);
            parts.Add($"{table}={await count.ExecuteScalarAsync()}");
        }
        string[] digests =
        [
            "select md5(string_agg(concat_ws('|', id, name, phone, email, lifecycle, lifecycle_changed_at, owner_agent_id, latitude, created_at), ',' order by id)) from customers",
            "select md5(string_agg(concat_ws('|', id, customer_id, stage, amount, owner_agent_id, opened_at, closed_at, lost_reason), ',' order by id)) from deals",
            "select md5(string_agg(concat_ws('|', id, type_code, occurred_at, agent_id, customer_id, deal_id, amount, outcome), ',' order by id)) from activities",
            "select md5(string_agg(concat_ws('|', id, sale_activity_id, product_id, quantity, unit_price, discount_amount), ',' order by id)) from sale_lines",
            "select md5(string_agg(concat_ws('|', id, customer_id, agent_id, valid_from, valid_to, reason), ',' order by id)) from customer_ownership",
            "select md5(string_agg(concat_ws('|', duplicate_customer_id, original_customer_id, variation), ',' order by duplicate_customer_id)) from demo_duplicates",
            "select md5(string_agg(concat_ws('|', id, customer_id, points_earned, points_spent, reason, sale_activity_id), ',' order by id)) from loyalty_ledger",
            "select concat_ws('|', sum(amount), sum(coalesce(duration_seconds, 0))) from activities",
            "select concat_ws('|', sum(base_amount), sum(commission_amount)) from salary_payments",
        ];
        foreach (var sql in digests)
        {
            await using var cmd = new NpgsqlCommand(sql, conn);
            parts.Add(Convert.ToString(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? "");
        }
        return string.Join("\n", parts);
    }
}
