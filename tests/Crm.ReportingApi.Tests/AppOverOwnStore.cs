using Crm.Testing;
using Crm.Warehouse.Store;
using Microsoft.AspNetCore.Builder;

namespace Crm.ReportingApi.Tests;

/// <summary>
/// The real host over a demo store of one test class's own, for endpoints that write (imports, handovers), so
/// they never change the shared running app's data. No warehouse is loaded: these endpoints read the store.
/// </summary>
public class AppOverOwnStore : DemoStore
{
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;
    public string Folder { get; } = Directory.CreateTempSubdirectory("crm-app-").FullName;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var store = new WarehouseStore(Path.Combine(Folder, "crm.duckdb"));
        _app = CrmWebApp.Build(["--urls", "http://127.0.0.1:0"], TestSettings.Build(), store, ConnectionString);
        await _app.StartAsync();
        Client = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
    }

    public override async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync(); // stops the scheduler too: disposing alone leaves Quartz's thread running
            await _app.DisposeAsync();
        }
        await base.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
