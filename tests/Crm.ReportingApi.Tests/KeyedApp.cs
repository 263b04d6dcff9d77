using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.ReportingApi.Infrastructure;
using Crm.Testing;
using Microsoft.AspNetCore.Builder;

namespace Crm.ReportingApi.Tests;

/// <summary>A second host over the same demo warehouse, with API keys configured: one per role.</summary>
public sealed class KeyedApp : IAsyncDisposable
{
    public const string ManagementKey = "management-key-0001";
    public const string AgentKey = "agent-key-000000001";
    public const string HeadKey = "department-head-key-1";
    public const string MarketerKey = "marketer-key-0000001";

    private readonly WebApplication _app;
    private readonly HttpClient _client;

    private KeyedApp(WebApplication app)
    {
        _app = app;
        _client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(app.Urls.First()) };
    }

    /// <param name="agentId">Whom the agent key stands for.</param>
    /// <param name="departmentId">Whose head the department-head key is.</param>
    public static async Task<KeyedApp> StartAsync(DemoWarehouse demo, long agentId, long departmentId)
    {
        var settings = TestSettings.Build(
            ("ApiKeys:0:Key", ManagementKey), ("ApiKeys:0:Role", "Management"),
            ("ApiKeys:1:Key", AgentKey), ("ApiKeys:1:Role", "Agent"), ("ApiKeys:1:AgentId", agentId.ToString()),
            ("ApiKeys:2:Key", HeadKey), ("ApiKeys:2:Role", "DepartmentHead"), ("ApiKeys:2:DepartmentId", departmentId.ToString()),
            ("ApiKeys:3:Key", MarketerKey), ("ApiKeys:3:Role", "Marketer"));
        var app = CrmWebApp.Build(["--urls", "http://127.0.0.1:0"], settings, demo.Store, demo.ConnectionString);
        await app.StartAsync();
        return new KeyedApp(app);
    }

    /// <summary>Redirects are not followed, so a test sees where a page sends the reader.</summary>
    public async Task<HttpResponseMessage> GetAsync(string? key, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (key is not null) request.Headers.Add(ApiKeyPrincipals.Header, key);
        return await _client.SendAsync(request);
    }

    public async Task<JsonElement> GetJsonAsync(string key, string url)
    {
        var response = await GetAsync(key, url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
