using Crm.Ingest.Dedup;
using Crm.Testing;
using Microsoft.AspNetCore.Builder;

namespace Crm.ReportingApi.Tests.Features.Dedup;

/// <summary>
/// The real host over a demo store of its own on which the dedup batch job has run: these tests decide
/// reviews and revert merges, so they must not share the read-only running app.
/// </summary>
public sealed class DedupApp : IAsyncLifetime
{
    private readonly DemoWarehouse _demo = new();
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;
    public string ConnectionString => _demo.ConnectionString;

    public async Task InitializeAsync()
    {
        await _demo.InitializeAsync();
        await DedupJob.RunAsync(_demo.ConnectionString);
        _app = CrmWebApp.Build(["--urls", "http://127.0.0.1:0"], TestSettings.Build(), _demo.Store, _demo.ConnectionString);
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
