using Crm.Ingest.Demo;
using Crm.Testing;
using Crm.Warehouse.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace Crm.ReportingApi.Tests.Features.Imports;

/// <summary>The real host over a store of its own (imports write), with the S demo for references.</summary>
public sealed class ImportApp : IAsyncLifetime
{
    private readonly ThrowawayPostgres _postgres = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("crm-import-app-").FullName;
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;
    public string ConnectionString => _postgres.ConnectionString;
    public string Folder => _folder;

    public async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        await DemoGenerator.GenerateAsync(ConnectionString, new DemoOptions(DemoScale.S, Seed: 7)
        {
            CitiesCsvPath = SharedData.Path("geo", "armenia-cities.csv"),
        });
        var store = new WarehouseStore(Path.Combine(_folder, "crm.duckdb"));
        _app = CrmWebApp.Build(["--urls", "http://127.0.0.1:0"], new ConfigurationBuilder().Build(), store, ConnectionString);
        await _app.StartAsync();
        Client = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        await _postgres.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
