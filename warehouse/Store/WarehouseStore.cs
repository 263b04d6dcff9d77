using DuckDB.NET.Data;

namespace Crm.Warehouse.Store;

/// <summary>
/// The live warehouse and its two version files. The configured path (e.g. crm.duckdb) is a symbolic link to
/// crm.duckdb.a or crm.duckdb.b; a load writes the other one and, once it is complete and checked, replaces the
/// link by rename(2), which is atomic: a reader opens one version or the other, whole. The version that was live
/// before stays as the standby the next load builds on, so an incremental load copies nothing.
/// </summary>
public sealed class WarehouseStore(string path)
{
    // Per file, not per instance: a scheduled load and the web requests may each hold a store of their own.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, OpenReaders> Readers = new();

    public string LivePath { get; } = Path.GetFullPath(path);
    private OpenReaders ReadersOfThisFile => Readers.GetOrAdd(LivePath, _ => new OpenReaders());
    public string LockPath => LivePath + ".lock";

    public bool Exists => LiveVersionPath() is not null;

    /// <summary>The file of one of the two version slots, 'a' or 'b'.</summary>
    public string SlotPath(char slot) => $"{LivePath}.{slot}";

    /// <summary>The file readers open now: the link's target, or the live path itself when it is a plain file.</summary>
    public string? LiveVersionPath()
    {
        var info = new FileInfo(LivePath);
        if (info.LinkTarget is { } target)
        {
            var full = Path.GetFullPath(target, Path.GetDirectoryName(LivePath)!);
            return File.Exists(full) ? full : null;
        }
        return info.Exists ? LivePath : null;
    }

    /// <summary>Opens the live version read-only; throws <see cref="WarehouseNotReadyException"/> before the first load.</summary>
    public DuckDBConnection OpenRead()
    {
        var version = ReadersOfThisFile.Enter(LiveVersionPath) ??
            throw new WarehouseNotReadyException($"no warehouse at {LivePath} yet: run the ETL (`crm etl`) first");
        try
        {
            var conn = new DuckDBConnection($"Data Source={version};ACCESS_MODE=READ_ONLY");
            ReadersOfThisFile.ReleaseOnClose(conn, version);
            conn.Open();
            return conn;
        }
        catch
        {
            ReadersOfThisFile.Leave(version);
            throw;
        }
    }

    /// <summary>Makes a checked version file the live one, atomically for every reader.</summary>
    public void Publish(string versionPath)
    {
        var link = LivePath + ".link-" + Guid.NewGuid().ToString("N")[..8];
        File.CreateSymbolicLink(link, Path.GetFileName(versionPath));
        ReadersOfThisFile.Switch(() => File.Move(link, LivePath, overwrite: true));
    }

    /// <summary>Waits until no reader of this process has the file open, so a load may write it.</summary>
    public void WaitUntilUnread(string versionPath, TimeSpan timeout, CancellationToken ct) =>
        ReadersOfThisFile.WaitUntilUnread(versionPath, timeout, ct);

    /// <summary>When the source was read for the live version.</summary>
    public DateTime? AsOfUtc()
    {
        if (!Exists) return null;
        using var conn = OpenRead();
        return AsOfUtc(conn);
    }

    /// <summary>When the source was read for the version this connection has open.</summary>
    public static DateTime? AsOfUtc(DuckDBConnection conn)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = "select max(source_snapshot_at) from etl_run";
        return cmd.ExecuteScalar() is DateTime t ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : null;
    }
}
