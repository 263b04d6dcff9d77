using Crm.Ingest.Migrations;
using Crm.Ingest.Postgres;

namespace Crm.ReportingApi.Infrastructure;

/// <summary>
/// The operational PostgreSQL store: the configured server when ConnectionStrings:Crm is set, otherwise a
/// cluster of our own in Postgres:DataDirectory that lives as long as this object. Migrated on open.
/// </summary>
public sealed class OperationalDatabase : IAsyncDisposable
{
    private readonly EmbeddedPostgres? _embedded;

    private OperationalDatabase(string connectionString, EmbeddedPostgres? embedded)
    {
        ConnectionString = connectionString;
        _embedded = embedded;
    }

    public string ConnectionString { get; }
    public bool IsEmbedded => _embedded is not null;

    public static async Task<OperationalDatabase> OpenAsync(IConfiguration config, CancellationToken ct = default)
    {
        var configured = config.GetConnectionString("Crm");
        EmbeddedPostgres? embedded = null;
        if (string.IsNullOrWhiteSpace(configured))
        {
            embedded = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions
            {
                DataDirectory = config["Postgres:DataDirectory"] ?? Path.Combine("data", "postgres"),
                Port = config.GetValue("Postgres:Port", 0),
                BinDirectory = config["Postgres:BinDirectory"],
            }, ct);
            Console.WriteLine($"PostgreSQL: own cluster in {embedded.DataDirectory} on 127.0.0.1:{embedded.Port}");
        }
        var database = new OperationalDatabase(embedded?.ConnectionString ?? configured!, embedded);
        IReadOnlyList<int> applied;
        try
        {
            applied = await MigrationRunner.ApplyAsync(database.ConnectionString, ct);
        }
        catch
        {
            // A refused migration must not leave our own cluster running behind the error.
            await database.DisposeAsync();
            throw;
        }
        if (applied.Count > 0) Console.WriteLine($"PostgreSQL: applied migrations {string.Join(", ", applied)}");
        return database;
    }

    public ValueTask DisposeAsync() => _embedded?.DisposeAsync() ?? ValueTask.CompletedTask;
}
