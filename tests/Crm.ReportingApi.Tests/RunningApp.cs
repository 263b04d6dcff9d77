using Crm.Testing;
using Microsoft.AspNetCore.Builder;

namespace Crm.ReportingApi.Tests;

/// <summary>The real host on a free loopback port, over a demo store and warehouse.</summary>
public sealed class RunningApp : IAsyncLifetime
{
    private readonly DemoWarehouse _demo = new();
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;
    public DemoWarehouse Demo => _demo;

    public async Task InitializeAsync()
    {
        await _demo.InitializeAsync();
        // The map's boundaries from ../shared/geo, wherever the tests run from.
        _app = CrmWebApp.Build(["--urls", "http://127.0.0.1:0"], TestSettings.Build(("Geo:Directory", SharedData.Path("geo"))),
            _demo.Store, _demo.ConnectionString);
        await _app.StartAsync();
        Client = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync(); // stops the scheduler too: disposing alone leaves Quartz's thread running
            await _app.DisposeAsync();
        }
        await _demo.DisposeAsync();
    }
}
