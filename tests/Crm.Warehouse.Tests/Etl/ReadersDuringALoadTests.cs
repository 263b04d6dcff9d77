using Crm.Testing;
using Crm.Warehouse.Etl;
using Xunit.Abstractions;

namespace Crm.Warehouse.Tests.Etl;

/// <summary>
/// Readers open the live warehouse again and again while a load runs in the same process, as the web app does:
/// each must see a whole version, the one before the load or the one it makes, never a mix and never an error.
/// These tests change the store, so they have a demo store of their own.
/// </summary>
public sealed class ReadersDuringALoadTests(DemoWarehouse demo, ITestOutputHelper output) : IClassFixture<DemoWarehouse>
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ReadersSeeACompleteVersionDuringALoad(bool full)
    {
        var before = WarehouseFingerprint.Of(demo.Store);
        await using (var source = await demo.OpenSourceAsync())
            await SourceChurn.ApplyAsync(source, new Random(full ? 1 : 2));

        var seen = new List<WarehouseFingerprint>();
        var errors = new List<Exception>();
        var load = Task.Run(() => WarehouseEtl.RunAsync(demo.ConnectionString, demo.Store, new EtlOptions { Full = full }));
        while (!load.IsCompleted)
        {
            try { seen.Add(WarehouseFingerprint.Of(demo.Store)); }
            catch (Exception e) { errors.Add(e); }
            await Task.Delay(10);
        }
        await load;
        var after = WarehouseFingerprint.Of(demo.Store);
        output.WriteLine($"{seen.Count} reads during the load: {seen.Count(v => v == before)} saw the version before it, " +
                         $"{seen.Count(v => v == after)} the new one, {errors.Count} failed\n{after}");

        Assert.Empty(errors);
        Assert.NotEqual(before.Tables, after.Tables);
        Assert.Contains(before, seen);
        var mixed = seen.Where(v => v != before && v != after).ToList();
        Assert.True(mixed.Count == 0, $"{mixed.Count} of {seen.Count} reads saw neither version, e.g.\n{mixed.FirstOrDefault()}\n" +
                                      $"before: {before}\nafter: {after}");
    }
}
