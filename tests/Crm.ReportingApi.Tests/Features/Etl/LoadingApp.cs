using Crm.Testing;
using Microsoft.AspNetCore.Builder;

namespace Crm.ReportingApi.Tests.Features.Etl;

/// <summary>
/// The real host over a demo store and warehouse of its own, with no nightly load: these tests run loads, which
/// replace the warehouse file, so they must not share the read-only running app.
/// </summary>
public sealed class LoadingApp : IAsyncLifetime
{
    private WebApplication? _app;

    public DemoWarehouse Demo { get; } = new();
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Demo.InitializeAsync();
        (_app, Client) = await StartAsync();
    }

    /// <summary>Another host over the same store and warehouse, with settings of its own (a schedule, say).</summary>
    public async Task<(WebApplication App, HttpClient Client)> StartAsync(params (string Key, string? Value)[] settings)
    {
        var app = CrmWebApp.Build(["--urls", "http://127.0.0.1:0"], TestSettings.Build(settings), Demo.Store, Demo.ConnectionString);
        await app.StartAsync();
        return (app, new HttpClient { BaseAddress = new Uri(app.Urls.First()) });
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync(); // stops the scheduler too: disposing alone leaves Quartz's thread running
            await _app.DisposeAsync();
        }
        await Demo.DisposeAsync();
    }
}
