using Crm.Testing;
using Crm.Warehouse.Etl;
using Crm.Warehouse.Store;
using Npgsql;

namespace Crm.Warehouse.Tests.Etl;

/// <summary>These tests change the store, so they have a demo store of their own.</summary>
public sealed class FailedLoadTests(DemoWarehouse demo) : IClassFixture<DemoWarehouse>
{
    [Fact]
    public async Task CancelledLoadLeavesThePreviousWarehouseReadable()
    {
        var store = demo.NewStore("cancelled");
        await WarehouseEtl.RunFullAsync(demo.ConnectionString, store);
        var before = WarehouseFingerprint.Of(store);

        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress<EtlProgress>(p => { if (p.Step == "copy" && p.Name == "activities") cancel.Cancel(); });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => WarehouseEtl.RunFullAsync(demo.ConnectionString, store, progress, cancel.Token));

        Assert.Equal(before, WarehouseFingerprint.Of(store));
        Assert.False(File.Exists(store.SlotPath('b')), "the half-built version was left behind");
    }

    [Fact]
    public async Task LoadThatFailsItsChecksKeepsThePreviousVersionAndSaysWhy()
    {
        var store = demo.NewStore("checked");
        await WarehouseEtl.RunFullAsync(demo.ConnectionString, store);
        var before = WarehouseFingerprint.Of(store);

        // A deal with no stage history would silently drop out of the funnel: the data test must stop it.
        var dealId = await InsertDealWithoutHistory();
        var error = await Assert.ThrowsAsync<EtlFailedException>(() => WarehouseEtl.RunFullAsync(demo.ConnectionString, store));
        Assert.Contains("assert_every_deal_has_a_first_stage", error.Message);
        Assert.Equal(before, WarehouseFingerprint.Of(store));

        await Execute("update deals set deleted_at = now() where id = $1", dealId);
        await WarehouseEtl.RunFullAsync(demo.ConnectionString, store);
        Assert.Equal(before.Tables, WarehouseFingerprint.Of(store).Tables); // a new version, read later, of the same data
    }

    [Fact]
    public async Task LoadFromAnUnreachableSourceKeepsThePreviousVersion()
    {
        var store = demo.NewStore("unreachable");
        await WarehouseEtl.RunFullAsync(demo.ConnectionString, store);
        var before = WarehouseFingerprint.Of(store);

        var unreachable = new NpgsqlConnectionStringBuilder(demo.ConnectionString) { Port = 1, Timeout = 2 }.ConnectionString;
        await Assert.ThrowsAsync<EtlFailedException>(() => WarehouseEtl.RunFullAsync(unreachable, store));
        Assert.Equal(before, WarehouseFingerprint.Of(store));
    }

    private async Task<long> InsertDealWithoutHistory()
    {
        await using var conn = await demo.OpenSourceAsync();
        await using var cmd = new NpgsqlCommand("""
            insert into deals (owner_agent_id, department_id, source_code, title, stage, amount, opened_at, stage_changed_at)
            select id, department_id, 'website', 'No history', 'qualified', 1000, now(), now() from agents limit 1
            returning id
            """, conn);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    private async Task Execute(string sql, long id)
    {
        await using var conn = await demo.OpenSourceAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        cmd.Parameters.AddWithValue(id);
        await cmd.ExecuteNonQueryAsync();
    }
}
