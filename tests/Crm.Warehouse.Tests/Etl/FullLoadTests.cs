using Crm.Testing;
using Npgsql;

namespace Crm.Warehouse.Tests.Etl;

public sealed class FullLoadTests(DemoWarehouse demo) : IClassFixture<DemoWarehouse>
{
    [Fact]
    public async Task EveryTableTheModelsReadArrivesWithAllItsRows()
    {
        await using var pg = await demo.OpenSourceAsync();
        using var duck = demo.Store.OpenRead();
        using var cmd = duck.CreateCommand();
        cmd.CommandText = "select table_name, row_count from etl_table_rows where table_name like 'raw_%'";
        using var reader = cmd.ExecuteReader();
        var checkedTables = 0;
        while (reader.Read())
        {
            var source = reader.GetString(0)["raw_".Length..];
            await using var count = new NpgsqlCommand($"select count(*) from \"{source}\"", pg);
            Assert.Equal((long)(await count.ExecuteScalarAsync())!, reader.GetInt64(1));
            checkedTables++;
        }
        Assert.True(checkedTables >= 10, $"only {checkedTables} raw tables were loaded");
    }

    [Fact]
    public void StarHoldsEveryActivityTypeAndDealStage()
    {
        using var duck = demo.Store.OpenRead();
        using var cmd = duck.CreateCommand();
        cmd.CommandText = """
            select (select count(distinct activity_type_code) from fct_activity),
                   (select count(distinct to_stage_code) from fct_deal_stage_transition),
                   (select count(*) from dim_date where date_day = current_date)
            """;
        using var reader = cmd.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(16L, reader.GetInt64(0));
        Assert.Equal(6L, reader.GetInt64(1));
        Assert.Equal(1L, reader.GetInt64(2));
    }

    [Fact]
    public void WarehouseKnowsWhenItsSourceWasRead()
    {
        var asOf = demo.Store.AsOfUtc();
        Assert.NotNull(asOf);
        Assert.InRange(asOf.Value, DateTime.UtcNow.AddHours(-1), DateTime.UtcNow.AddMinutes(1));
    }
}
