using Crm.Ingest.Demo;
using Crm.Testing;
using Crm.Warehouse.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Crm.ReportingApi.Tests.Features.Agents;

/// <summary>
/// The real host over a demo store (S, seed 7) of one test class's own, since handovers change it. No warehouse is
/// loaded: the handover and ownership endpoints read the operational store only.
/// </summary>
public sealed class HandoverApp : IAsyncLifetime
{
    private readonly ThrowawayPostgres _postgres = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("crm-handover-").FullName;
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;
    public string ConnectionString => _postgres.ConnectionString;

    /// <summary>A busy seller who can hand over (no ownership starting after the demo's end), a colleague, and an uninvolved active seller.</summary>
    public long LeaverId { get; private set; }
    public long ReceiverId { get; private set; }
    public long BystanderId { get; private set; }

    public async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        await DemoGenerator.GenerateAsync(ConnectionString, new DemoOptions(DemoScale.S, Seed: 7)
        {
            CitiesCsvPath = SharedData.Path("geo", "armenia-cities.csv"),
        });
        LeaverId = await ScalarAsync<long>("""
            select a.id from agents a
            where a.status = 'active' and a.role = 'agent'
              and not exists (select 1 from customer_ownership o where o.agent_id = a.id and o.valid_to is null and o.valid_from > '2026-11-01')
              and exists (select 1 from agents b where b.department_id = a.department_id and b.id <> a.id and b.status = 'active' and b.role = 'agent')
            order by (select count(*) from customers c where c.owner_agent_id = a.id) desc, a.id limit 1
            """);
        ReceiverId = await ScalarAsync<long>("""
            select b.id from agents a join agents b on b.department_id = a.department_id and b.id <> a.id
            where a.id = $1 and b.status = 'active' and b.role = 'agent' order by b.id limit 1
            """, LeaverId);
        BystanderId = await ScalarAsync<long>(
            "select max(id) from agents where status = 'active' and role = 'agent' and id not in ($1, $2)", LeaverId, ReceiverId);
        var config = new ConfigurationBuilder().Build();
        _app = CrmWebApp.Build(["--urls", "http://127.0.0.1:0"], config, new WarehouseStore(Path.Combine(_folder, "crm.duckdb")), ConnectionString);
        await _app.StartAsync();
        Client = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
    }

    public async Task<T> ScalarAsync<T>(string sql, params object[] args)
    {
        await using var conn = await _postgres.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        foreach (var a in args) cmd.Parameters.AddWithValue(a);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        await _postgres.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
