using System.Net;
using Crm.Warehouse.Etl;

namespace Crm.ReportingApi.Tests.Infrastructure;

/// <summary>The running service holds the live version open for fast requests, and lets go of it when another goes live.</summary>
[Collection(AppCollection.Name)]
public sealed class LiveVersionKeeperTests(RunningApp app)
{
    [Fact]
    public async Task LoadsBackToBackAreNotBlockedByTheVersionTheServiceHoldsOpen()
    {
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/api/reports/funnel")).StatusCode);
        var first = await WarehouseEtl.RunAsync(app.Demo.ConnectionString, app.Demo.Store, new EtlOptions { Trigger = "test" });
        await Task.Delay(TimeSpan.FromSeconds(2)); // the service notices the new version within a second
        // This load writes the file the service held before the first one: it must be free by now.
        var second = await WarehouseEtl.RunAsync(app.Demo.ConnectionString, app.Demo.Store, new EtlOptions { Trigger = "test" });

        Assert.True(second.SourceSnapshotUtc >= first.SourceSnapshotUtc);
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/api/reports/funnel?format=csv")).StatusCode);
    }
}
