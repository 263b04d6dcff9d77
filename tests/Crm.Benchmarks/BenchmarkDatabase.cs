using Crm.Ingest.Demo;
using Crm.Ingest.Migrations;
using Crm.Ingest.Postgres;

namespace Crm.Benchmarks;

/// <summary>
/// A fresh cluster in a temporary folder for one benchmark run. It runs with the test settings (no fsync):
/// the figures measure our code, not the disk's flush latency.
/// </summary>
public sealed class BenchmarkDatabase : IAsyncDisposable
{
    private readonly EmbeddedPostgres _server;

    private BenchmarkDatabase(EmbeddedPostgres server, string folder)
    {
        _server = server;
        Folder = folder;
    }

    public string Folder { get; }
    public string ConnectionString => _server.ConnectionString;

    public static async Task<BenchmarkDatabase> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("crm-bench-").FullName;
        var server = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions
        {
            DataDirectory = Path.Combine(folder, "pg"),
            Throwaway = true,
        });
        await MigrationRunner.ApplyAsync(server.ConnectionString);
        return new BenchmarkDatabase(server, folder);
    }

    /// <summary>Fills the store with demo data, showing progress on standard error.</summary>
    public async Task<DemoResult> GenerateAsync(DemoScale scale, int seed = 42)
    {
        var generated = await DemoGenerator.GenerateAsync(ConnectionString, new DemoOptions(scale, seed)
        {
            CitiesCsvPath = Path.Combine("..", "shared", "geo", "armenia-cities.csv"),
        }, new Progress<DemoProgress>(p => Console.Error.Write($"\rgenerate {p.Table,-22} {p.TotalRowsSoFar,12:N0}")));
        Console.Error.WriteLine();
        return generated;
    }

    public ValueTask DisposeAsync()
    {
        _server.Stop();
        Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
