using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Crm.Ingest.Postgres;

/// <summary>
/// A PostgreSQL cluster of our own, run from the system's server binaries in a data folder on a loopback port.
/// Used by the app when no connection string is configured, and by the tests on throw-away folders.
/// </summary>
public sealed class EmbeddedPostgres : IAsyncDisposable, IDisposable
{
    private readonly EmbeddedPostgresOptions _options;
    private readonly PostgresBinaries _binaries;
    private readonly FileStream _folderLock;
    private bool _running;

    private EmbeddedPostgres(EmbeddedPostgresOptions options, PostgresBinaries binaries, int port, FileStream folderLock)
    {
        _options = options;
        _binaries = binaries;
        _folderLock = folderLock;
        Port = port;
    }

    public int Port { get; }
    public string DataDirectory => _options.DataDirectory;

    public string ConnectionString => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Database = _options.Database,
        Pooling = true,
        MaxPoolSize = 50,
        CommandTimeout = 0,
    }.ConnectionString;

    /// <summary>Initialises the folder if it is new, starts the server and creates the database if missing.</summary>
    public static async Task<EmbeddedPostgres> StartAsync(EmbeddedPostgresOptions options, CancellationToken ct = default)
    {
        var binaries = PostgresBinaries.Locate(options.BinDirectory);
        var dataDir = Path.GetFullPath(options.DataDirectory);
        options = options with { DataDirectory = dataDir };
        Directory.CreateDirectory(dataDir);
        var folderLock = HoldFolder(dataDir);
        try
        {
            if (!File.Exists(Path.Combine(dataDir, "PG_VERSION")))
                Initialise(binaries, dataDir, options.Throwaway);
            else
                StopStale(binaries, dataDir);

            var port = options.Port != 0 ? options.Port : FreeLoopbackPort();
            var server = new EmbeddedPostgres(options, binaries, port, folderLock);
            server.Start();
            await server.EnsureDatabaseAsync(ct);
            return server;
        }
        catch
        {
            folderLock.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A running host holds its folder, so another one (a second `crm serve`, a `crm etl --data` of the same folder)
    /// says so instead of taking the server for a crashed host's and stopping it under the first. The lock is the
    /// kernel's: a host that dies, however it dies, lets go of it.
    /// </summary>
    private static FileStream HoldFolder(string dataDir)
    {
        try
        {
            return new FileStream(dataDir + ".host-lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new PostgresUnavailableException(
                $"another crm process is running PostgreSQL in {dataDir}; stop it first, or point this one at it with --connection");
        }
    }

    private static void Initialise(PostgresBinaries binaries, string dataDir, bool throwaway)
    {
        ProcessRunner.HandOver(dataDir);
        var args = new List<string> { "-D", dataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale" };
        if (throwaway) args.Add("--no-sync");
        ProcessRunner.Run(binaries.InitDb, args.ToArray());
    }

    /// <summary>Stops a server that a crashed host left running on the folder, if any.</summary>
    public static void StopOrphan(string dataDirectory, string? binDirectory = null) =>
        StopStale(PostgresBinaries.Locate(binDirectory), Path.GetFullPath(dataDirectory));

    /// <summary>A crashed host leaves its server running on the folder; stop it before starting ours.</summary>
    private static void StopStale(PostgresBinaries binaries, string dataDir)
    {
        ProcessRunner.HandOver(dataDir);
        if (!File.Exists(Path.Combine(dataDir, "postmaster.pid"))) return;
        try { ProcessRunner.Run(binaries.PgCtl, "-D", dataDir, "-m", "fast", "-w", "stop"); }
        catch (PostgresUnavailableException) { /* not running: the pid file was stale */ }
    }

    private void Start()
    {
        var settings = $"-p {Port} -k '' -c listen_addresses=127.0.0.1 -c max_connections=100";
        if (_options.Throwaway)
            settings += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        var log = Path.Combine(_options.DataDirectory, "server.log");
        ProcessRunner.Run(_binaries.PgCtl, "-D", _options.DataDirectory, "-l", log, "-w", "-t", "60", "-o", settings, "start");
        _running = true;
    }

    private async Task EnsureDatabaseAsync(CancellationToken ct)
    {
        var admin = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false };
        await using var conn = new NpgsqlConnection(admin.ConnectionString);
        await conn.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = $1", conn);
        exists.Parameters.AddWithValue(_options.Database);
        if (await exists.ExecuteScalarAsync(ct) is null)
        {
            var name = new NpgsqlCommandBuilder().QuoteIdentifier(_options.Database);
            await using var create = new NpgsqlCommand($"create database {name} template template0 encoding 'UTF8'", conn);
            await create.ExecuteNonQueryAsync(ct);
        }
    }

    public static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public void Stop()
    {
        if (!_running) return;
        _running = false;
        try
        {
            NpgsqlConnection.ClearAllPools();
            ProcessRunner.Run(_binaries.PgCtl, "-D", _options.DataDirectory, "-m", "fast", "-w", "stop");
        }
        finally
        {
            _folderLock.Dispose();
        }
    }

    public void Dispose() => Stop();

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }
}
