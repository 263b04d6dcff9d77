using Crm.Warehouse.Store;
using DuckDB.NET.Data;

namespace Crm.ReportingApi.Infrastructure;

/// <summary>
/// Keeps one read-only connection open on the live warehouse version. Opening a DuckDB file costs tens of
/// milliseconds at scale M (more than a report's query); while one connection to it stays open, DuckDB.NET shares
/// the open database and every request's connection costs a tenth of a millisecond. Within a second of another
/// version going live it moves there, so it never holds the file the next load will write.
/// </summary>
public sealed class LiveVersionKeeper(WarehouseStore store, ILogger<LiveVersionKeeper> log) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private DuckDBConnection? _held;
    private string? _heldVersion;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                Follow();
                await Task.Delay(Interval, stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
            // the service is stopping
        }
        finally
        {
            _held?.Dispose();
            _held = null;
        }
    }

    private void Follow()
    {
        var live = store.LiveVersionPath();
        if (live == _heldVersion) return;
        var previous = _held;
        _held = null;
        _heldVersion = null;
        try
        {
            if (live is not null)
            {
                _held = store.OpenRead();
                _heldVersion = live;
            }
        }
        catch (Exception e) when (e is WarehouseNotReadyException or DuckDBException or IOException)
        {
            // Between a load's rename and our open the version may move again; the next tick follows it.
            log.LogDebug(e, "could not hold the live warehouse version open yet");
        }
        finally
        {
            previous?.Dispose();
        }
    }
}
