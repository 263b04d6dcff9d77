using Crm.Testing;
using Crm.Warehouse.Etl;
using Crm.Warehouse.Store;
using DuckDB.NET.Data;
using Npgsql;

namespace Crm.Warehouse.Tests.Etl;

/// <summary>These tests change the store, so they have a demo store of their own.</summary>
public sealed class IncrementalLoadTests(DemoWarehouse demo) : IClassFixture<DemoWarehouse>
{
    [Fact]
    public async Task SecondLoadInARowMovesNothing()
    {
        var store = demo.NewStore("twice");
        await WarehouseEtl.RunAsync(demo.ConnectionString, store, EtlOptions.Default);
        await WarehouseEtl.RunAsync(demo.ConnectionString, store, EtlOptions.Default);

        var second = await WarehouseEtl.RunAsync(demo.ConnectionString, store, EtlOptions.Default);

        Assert.Equal("incremental", second.Kind);
        Assert.All(second.RowsMoved, t => Assert.True(t.Value == 0, $"{t.Key} moved {t.Value} rows"));
    }

    [Fact]
    public async Task AWarehouseAnEarlierReleaseRecordedIsRebuiltWhole()
    {
        var store = demo.NewStore("earlier-release");
        await WarehouseEtl.RunAsync(demo.ConnectionString, store, EtlOptions.Default);
        // an earlier release's record of its version had no kind
        using (var duck = new DuckDBConnection($"Data Source={store.LiveVersionPath()}"))
        {
            duck.Open();
            using var cmd = duck.CreateCommand();
            cmd.CommandText = "alter table etl_run drop column kind";
            cmd.ExecuteNonQuery();
        }

        var next = await WarehouseEtl.RunAsync(demo.ConnectionString, store, EtlOptions.Default);

        Assert.Equal("full", next.Kind);
        var after = await WarehouseEtl.RunAsync(demo.ConnectionString, store, EtlOptions.Default);
        Assert.Equal("incremental", after.Kind); // the rebuilt version's record is this release's
    }

    [Fact]
    public async Task IncrementalLoadsEqualAFullRebuild()
    {
        var incremental = demo.NewStore("incremental");
        await WarehouseEtl.RunAsync(demo.ConnectionString, incremental, EtlOptions.Default);
        await ChangeTheSourceAsync(round: 1);
        var first = await WarehouseEtl.RunAsync(demo.ConnectionString, incremental, EtlOptions.Default);
        await ChangeTheSourceAsync(round: 2);
        var second = await WarehouseEtl.RunAsync(demo.ConnectionString, incremental, EtlOptions.Default);
        await ChangeTheSourceAsync(round: 3);
        var third = await WarehouseEtl.RunAsync(demo.ConnectionString, incremental, EtlOptions.Default);
        Assert.Equal(["incremental", "incremental", "incremental"], [first.Kind, second.Kind, third.Kind]);
        Assert.True(third.RowsMoved["raw_activities"] is > 0 and < 100, "only the changed activities should move");

        var full = demo.NewStore("full");
        await WarehouseEtl.RunAsync(demo.ConnectionString, full, new EtlOptions { Full = true });

        Assert.Empty(Differences(incremental, full));
    }

    [Fact]
    public async Task EveryRunIsJournalledWithItsChecks()
    {
        var store = demo.NewStore("journal");
        var result = await WarehouseEtl.RunAsync(demo.ConnectionString, store, EtlOptions.Default);

        await using var pg = await demo.OpenSourceAsync();
        await using var cmd = new NpgsqlCommand("""
            select r.outcome, r.kind, r.rows_moved,
                   (select count(*) from etl_run_checks c where c.run_id = r.id and c.passed),
                   (select count(*) from etl_run_checks c where c.run_id = r.id and c.kind = 'reconciliation'),
                   (select count(*) from etl_run_tables t where t.run_id = r.id)
            from etl_runs r where r.id = $1
            """, pg);
        cmd.Parameters.AddWithValue(result.RunId);
        await using var reader = await cmd.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal("succeeded", reader.GetString(0));
        Assert.Equal("full", reader.GetString(1));
        Assert.Equal(result.RowsMoved.Values.Sum(), reader.GetInt64(2));
        Assert.Equal(result.Checks.Count, reader.GetInt64(3));
        Assert.True(reader.GetInt64(4) >= 6, "reconciliation figures are recorded");
        Assert.True(reader.GetInt64(5) >= 10, "rows per table are recorded");
    }

    /// <summary>Each round: a new activity, an edited one, a soft-deleted one, a deal that moved on, a customer
    /// whose lifecycle changed, one handed to another agent, one recognised as another's duplicate, a paid sale
    /// moved to another day and partner, an activity moved to another deal, a sale line moved to another sale, and
    /// a sales target raised, one withdrawn and a department's target set.</summary>
    private async Task ChangeTheSourceAsync(int round)
    {
        await using var pg = await demo.OpenSourceAsync();
        await using var tx = await pg.BeginTransactionAsync();
        await using var cmd = new NpgsqlCommand("""
            insert into activities (type_code, occurred_at, agent_id, customer_id, subject, outcome)
            select 'call_out', now() - interval '1 hour', owner_agent_id, id, 'Follow-up ' || @round, 'answered'
            from customers where owner_agent_id is not null and merged_into_id is null order by id offset @round limit 3;

            update activities set duration_seconds = coalesce(duration_seconds, 0) + 60
            where id in (select id from activities where type_code = 'call_in' and deleted_at is null order by id offset @round * 7 limit 5);

            update activities set deleted_at = now()
            where id = (select id from activities where type_code = 'email' and deleted_at is null order by id offset @round limit 1);

            update activities set occurred_at = occurred_at - interval '3 days',
                                  partner_id = (select id from partners order by id offset @round limit 1)
            where id = (select sale_activity_id from payments where sale_activity_id is not null order by activity_id offset @round * 13 limit 1);

            update activities set deal_id = (select id from deals where deleted_at is null order by id offset 50 + @round limit 1)
            where id = (select id from activities where deal_id is not null and deleted_at is null order by id offset 40 + @round limit 1);

            update sale_lines set sale_activity_id = (select id from activities where type_code = 'sale' and deleted_at is null order by id offset 60 + @round limit 1)
            where id = (select id from sale_lines order by id offset 70 + @round limit 1);

            update deals set amount = amount + 1000
            where id in (select id from deals where deleted_at is null order by id offset @round * 11 limit 4);

            update customers set lifecycle = case lifecycle when 'lead' then 'prospect' else 'lead' end, lifecycle_changed_at = now()
            where id = (select id from customers where merged_into_id is null and deleted_at is null order by id offset 100 + @round limit 1);

            create temp table target on commit drop as
                select c.id, (select a.id from agents a where a.status = 'active' and a.id <> c.owner_agent_id order by a.id limit 1) as agent_id
                from customers c where c.owner_agent_id is not null and c.merged_into_id is null and c.deleted_at is null
                order by c.id offset 200 + @round limit 1;
            update customer_ownership o set valid_to = now() from target t where o.customer_id = t.id and o.valid_to is null;
            insert into customer_ownership (customer_id, agent_id, valid_from, reason) select id, agent_id, now(), 'handover' from target;
            update customers c set owner_agent_id = t.agent_id from target t where c.id = t.id;

            update customers set merged_into_id = (select id from customers where merged_into_id is null and deleted_at is null order by id limit 1)
            where id = (select id from customers where merged_into_id is null and deleted_at is null order by id offset 300 + @round limit 1);

            update sales_plans set target_amount = target_amount + 10000
            where id = (select id from sales_plans where deleted_at is null order by id offset @round limit 1);
            update sales_plans set deleted_at = now()
            where id = (select id from sales_plans where deleted_at is null order by id offset 20 + @round limit 1);
            insert into sales_plans (department_id, period_month, target_amount)
            values (1, (date '2026-01-01' + make_interval(months => @round))::date, 50000000);
            """, pg, tx);
        cmd.Parameters.AddWithValue("round", round);
        await cmd.ExecuteNonQueryAsync();
        await tx.CommitAsync();
    }

    /// <summary>Rows of any star table that one version has and the other has not, both ways.</summary>
    private static List<string> Differences(WarehouseStore left, WarehouseStore right)
    {
        using var duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();
        Execute(duck, $"attach '{left.LiveVersionPath()}' as l (read_only); attach '{right.LiveVersionPath()}' as r (read_only)");
        var tables = new List<string>();
        using (var cmd = duck.CreateCommand())
        {
            cmd.CommandText = """
                select table_name from duckdb_tables()
                where database_name = 'l' and schema_name = 'main' and regexp_matches(table_name, '^(dim|fct|mart|raw)_')
                order by 1
                """;
            using var reader = cmd.ExecuteReader();
            while (reader.Read()) tables.Add(reader.GetString(0));
        }
        Assert.True(tables.Count > 10, "the star was found");
        var differences = new List<string>();
        foreach (var table in tables)
        {
            using var cmd = duck.CreateCommand();
            cmd.CommandText = $"""
                select (select count(*) from (select * from l.{table} except all select * from r.{table})),
                       (select count(*) from (select * from r.{table} except all select * from l.{table}))
                """;
            using var reader = cmd.ExecuteReader();
            reader.Read();
            if (reader.GetInt64(0) + reader.GetInt64(1) > 0)
                differences.Add($"{table}: {reader.GetInt64(0)} rows only incremental, {reader.GetInt64(1)} only full");
        }
        return differences;
    }

    private static void Execute(DuckDBConnection duck, string sql)
    {
        using var cmd = duck.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
