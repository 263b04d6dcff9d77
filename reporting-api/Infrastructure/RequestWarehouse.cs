using Crm.Warehouse.Store;
using DuckDB.NET.Data;

namespace Crm.ReportingApi.Infrastructure;

/// <summary>
/// The warehouse as one request reads it. Reports open the warehouse through it, so the as-of time the response
/// carries (X-Warehouse-As-Of) is read from the same connection, the same version, as the figures it shows.
/// </summary>
public sealed class RequestWarehouse(WarehouseStore store)
{
    /// <summary>Whether this request opened the warehouse.</summary>
    public bool Opened { get; private set; }

    /// <summary>When the source was read for the version this request opened; null before it opens one.</summary>
    public DateTime? AsOfUtc { get; private set; }

    /// <summary>Opens the live version read-only; throws <see cref="WarehouseNotReadyException"/> before the first load.</summary>
    public DuckDBConnection OpenRead()
    {
        var conn = store.OpenRead();
        try
        {
            AsOfUtc = WarehouseStore.AsOfUtc(conn);
        }
        catch
        {
            conn.Dispose();
            throw;
        }
        Opened = true;
        return conn;
    }
}
