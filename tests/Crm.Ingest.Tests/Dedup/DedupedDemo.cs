using Crm.Ingest.Dedup;
using Crm.Ingest.Demo;
using Crm.Testing;
using Npgsql;

namespace Crm.Ingest.Tests.Dedup;

/// <summary>
/// Demo S (seed 7) of its own, with table counts and per-group deal and activity counts taken before the
/// batch job ran, then the job run once. Tests that change the store beyond that use their own fixture.
/// </summary>
public sealed class DedupedDemo : IAsyncLifetime
{
    public static readonly string[] Tables = ["customers", "deals", "activities", "contacts", "customer_ownership", "demo_duplicates"];

    private readonly ThrowawayPostgres _server = new();

    public string ConnectionString => _server.ConnectionString;
    public Dictionary<string, long> CountsBefore { get; } = [];
    public DedupJobResult FirstRun { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _server.InitializeAsync();
        await DemoGenerator.GenerateAsync(ConnectionString, new DemoOptions(DemoScale.S, Seed: 7)
        {
            CitiesCsvPath = SharedData.Path("geo", "armenia-cities.csv"),
        });
        foreach (var (name, count) in await CountAsync()) CountsBefore[name] = count;
        FirstRun = await DedupJob.RunAsync(ConnectionString);
    }

    public Task DisposeAsync() => _server.DisposeAsync();

    public Task<NpgsqlConnection> OpenAsync() => _server.OpenAsync();

    public async Task<Dictionary<string, long>> CountAsync()
    {
        var counts = new Dictionary<string, long>();
        await using var conn = await OpenAsync();
        foreach (var table in Tables)
        {
            await using var cmd = new NpgsqlCommand($"select count(*) from {table}", conn);
            counts[table] = (long)(await cmd.ExecuteScalarAsync())!;
        }
        return counts;
    }
}
