using Crm.Ml.Enrichment;
using Crm.Testing;
using Crm.Warehouse.Etl;
using Microsoft.AspNetCore.Builder;

namespace Crm.ReportingApi.Tests.Features.Suggestions;

/// <summary>The host over a demo warehouse of its own loaded with the models, with an agent's and management's API keys.</summary>
public sealed class ScoredApp : IAsyncLifetime
{
    public const string ManagementKey = "management-key-0001";
    public const string AgentKey = "agent-key-000000001";

    private WebApplication? _app;

    public DemoWarehouse Demo { get; } = new();
    public long Agent { get; private set; }
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Demo.InitializeAsync();
        var models = Path.Combine(Path.GetDirectoryName(Demo.Store.LivePath)!, "models");
        await WarehouseEtl.RunAsync(Demo.ConnectionString, Demo.Store,
            new EtlOptions { Trigger = "test", Enrichments = [new MlEnrichment(new MlOptions(models))] });
        Agent = await Demo.BusiestOwnerAsync();
        _app = CrmWebApp.Build(["--urls", "http://127.0.0.1:0"], TestSettings.Build(
            ("ApiKeys:0:Key", ManagementKey), ("ApiKeys:0:Role", "Management"),
            ("ApiKeys:1:Key", AgentKey), ("ApiKeys:1:Role", "Agent"), ("ApiKeys:1:AgentId", Agent.ToString())), Demo.Store, Demo.ConnectionString);
        await _app.StartAsync();
        Client = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
    }

    public async Task<HttpResponseMessage> GetAsync(string key, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-Api-Key", key);
        return await Client.SendAsync(request);
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        await Demo.DisposeAsync();
    }
}
