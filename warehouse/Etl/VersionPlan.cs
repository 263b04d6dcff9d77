using Crm.Warehouse.Store;
using DuckDB.NET.Data;

namespace Crm.Warehouse.Etl;

/// <summary>
/// Which slot a load writes and how: the standby slot (the one not live), incrementally from its own version when
/// that was built by today's models, else from a copy of the live version, else — first load, changed models or
/// source columns, or --full — rebuilt whole.
/// </summary>
internal sealed record VersionPlan(string Kind, string VersionPath, IReadOnlyList<SourceTable> Tables, string Fingerprint, DateTime? ChangesSinceUtc)
{
    public static async Task<VersionPlan> DecideAsync(WarehouseStore store, SourceSnapshot snapshot, EtlOptions options, CancellationToken ct)
    {
        var tables = await SourceCatalog.ReadAsync(snapshot.Connection, ct);
        var fingerprint = VersionInfo.FingerprintOf(tables);
        var live = store.LiveVersionPath();
        var standby = live == store.SlotPath('a') ? store.SlotPath('b') : store.SlotPath('a');
        if (options.Full) return new("full", standby, tables, fingerprint, null);

        if (ReadVersion(standby) is { } own && own.Fingerprint == fingerprint)
            return new("incremental", standby, tables, fingerprint, own.ChangesThroughUtc);
        if (live is not null && ReadLive(store) is { } current && current.Fingerprint == fingerprint)
        {
            store.WaitUntilUnread(standby, TimeSpan.FromSeconds(60), ct);
            Delete(standby);
            File.Copy(live, standby);
            return new("incremental", standby, tables, fingerprint, current.ChangesThroughUtc);
        }
        return new("full", standby, tables, fingerprint, null);
    }

    /// <summary>
    /// Opens a version file for writing once no reader has it: readers of this process are waited for, and another
    /// process's reader shows as DuckDB's lock conflict, retried until the timeout.
    /// </summary>
    public static DuckDBConnection OpenForWriting(WarehouseStore store, string path, TimeSpan timeout, CancellationToken ct)
    {
        store.WaitUntilUnread(path, timeout, ct);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            // Attached to an in-memory instance, because only such a connection can be duplicated for a second
            // copy worker; every statement then runs in the attached file, made the default with `use`.
            var duck = new DuckDBConnection("Data Source=:memory:");
            try
            {
                duck.Open();
                duck.Execute($"attach '{path.Replace("'", "''")}' as version; use version");
                return duck;
            }
            catch (DuckDBException e) when (e.Message.Contains("lock", StringComparison.OrdinalIgnoreCase) && DateTime.UtcNow < deadline)
            {
                duck.Dispose();
                Task.Delay(250, ct).Wait(ct);
            }
        }
    }

    public static void Delete(string versionPath)
    {
        File.Delete(versionPath);
        File.Delete(versionPath + ".wal");
    }

    private static VersionInfo? ReadVersion(string path)
    {
        if (!File.Exists(path)) return null;
        try
        {
            using var duck = new DuckDBConnection($"Data Source={path};ACCESS_MODE=READ_ONLY");
            duck.Open();
            return VersionInfo.Read(duck);
        }
        catch (Exception e) when (e is DuckDBException or IOException or InvalidOperationException)
        {
            return null; // a file a killed load left unusable: rebuilt
        }
    }

    private static VersionInfo? ReadLive(WarehouseStore store)
    {
        using var duck = store.OpenRead();
        return VersionInfo.Read(duck);
    }
}
