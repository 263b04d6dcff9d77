using DuckDB.NET.Data;

namespace Crm.Warehouse.Store;

/// <summary>
/// The live warehouse file and its neighbours. A load writes {file}.next and renames it over the live file
/// only when it is complete and checked; the rename is atomic, so a reader opens either version, whole.
/// </summary>
public sealed class WarehouseStore(string path)
{
    public string LivePath { get; } = Path.GetFullPath(path);
    public string NextPath => LivePath + ".next";
    public string LockPath => LivePath + ".lock";

    public bool Exists => File.Exists(LivePath);

    /// <summary>Opens the live version read-only; throws <see cref="WarehouseNotReadyException"/> before the first load.</summary>
    public DuckDBConnection OpenRead()
    {
        if (!Exists)
            throw new WarehouseNotReadyException($"no warehouse at {LivePath} yet: run the ETL (`crm etl`) first");
        var conn = new DuckDBConnection($"Data Source={LivePath};ACCESS_MODE=READ_ONLY");
        conn.Open();
        return conn;
    }

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
