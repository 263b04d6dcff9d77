using Crm.Ingest.Dedup;
using Crm.Testing;
using Npgsql;

namespace Crm.Ingest.Tests.Dedup;

/// <summary>
/// Demo S (seed 7) of its own, with table counts and per-group deal and activity counts taken before the
/// batch job ran, then the job run once. Tests that change the store beyond that use their own fixture.
/// </summary>
public sealed class DedupedDemo : DemoStore
{
    public static readonly string[] Tables = ["customers", "deals", "activities", "contacts", "customer_ownership", "demo_duplicates"];

    public Dictionary<string, long> CountsBefore { get; } = [];
    public DedupJobResult FirstRun { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        foreach (var (name, count) in await CountAsync()) CountsBefore[name] = count;
        FirstRun = await DedupJob.RunAsync(ConnectionString);
    }

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
