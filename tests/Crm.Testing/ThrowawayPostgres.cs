using System.Diagnostics;
using Crm.Ingest.Migrations;
using Crm.Ingest.Postgres;
using Npgsql;
using Xunit;

namespace Crm.Testing;

/// <summary>
/// A real PostgreSQL cluster in a temporary folder, started with the product's own launcher and migrated.
/// Folders carry the test host's pid, so clusters orphaned by a crashed host are stopped and removed on
/// the next run while other test projects running at the same time keep theirs.
/// </summary>
public sealed class ThrowawayPostgres : IAsyncLifetime
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "crm-test-clusters");
    private EmbeddedPostgres? _server;
    private string? _folder;

    public string ConnectionString => _server?.ConnectionString ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        SweepOrphans();
        _folder = Path.Combine(Root, $"{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_folder);
        await File.WriteAllTextAsync(Path.Combine(Root, Path.GetFileName(_folder) + ".owner"), Environment.ProcessId.ToString());
        _server = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions
        {
            DataDirectory = Path.Combine(_folder, "pg"),
            Throwaway = true,
        });
        await MigrationRunner.ApplyAsync(ConnectionString);
    }

    public async Task<NpgsqlConnection> OpenAsync()
    {
        var conn = new NpgsqlConnection(ConnectionString);
        await conn.OpenAsync();
        return conn;
    }

    public Task DisposeAsync()
    {
        _server?.Stop();
        if (_folder is not null)
        {
            TryDelete(_folder);
            File.Delete(Path.Combine(Root, Path.GetFileName(_folder) + ".owner"));
        }
        return Task.CompletedTask;
    }

    private static void SweepOrphans()
    {
        if (!Directory.Exists(Root)) return;
        foreach (var owner in Directory.GetFiles(Root, "*.owner"))
        {
            if (!int.TryParse(File.ReadAllText(owner), out var pid) || IsAlive(pid)) continue;
            var folder = Path.Combine(Root, Path.GetFileNameWithoutExtension(owner));
            var pg = Path.Combine(folder, "pg");
            if (Directory.Exists(pg)) EmbeddedPostgres.StopOrphan(pg);
            TryDelete(folder);
            File.Delete(owner);
        }
    }

    private static bool IsAlive(int pid)
    {
        try { return !Process.GetProcessById(pid).HasExited; }
        catch (ArgumentException) { return false; }
    }

    private static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
