using Crm.Warehouse.Etl;
using Crm.Warehouse.Store;

namespace Crm.ReportingApi.Jobs;

/// <summary>
/// Runs warehouse loads for this service, one at a time, whether the schedule or an administrator asks. A load
/// asked for while another runs is refused rather than queued: the running one is loading the same source.
/// Another process (say `crm etl`) is kept out by the engine's own lock, and such a load fails with its message.
/// </summary>
public sealed class WarehouseLoads : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenRegistration _onStopping;
    private readonly string _sourceConnectionString;
    private readonly WarehouseStore _store;
    private readonly ILogger<WarehouseLoads> _log;
    private readonly TimeProvider _clock;
    private readonly IReadOnlyList<IWarehouseEnrichment> _enrichments;
    private volatile WarehouseLoad? _current;
    private volatile WarehouseLoad? _last;

    /// <param name="enrichments">Passed to every load (the models that score into the warehouse).</param>
    public WarehouseLoads(string sourceConnectionString, WarehouseStore store, ILogger<WarehouseLoads> log,
        TimeProvider clock, IHostApplicationLifetime lifetime, IReadOnlyList<IWarehouseEnrichment>? enrichments = null)
    {
        _enrichments = enrichments ?? [];
        _sourceConnectionString = sourceConnectionString;
        _store = store;
        _log = log;
        _clock = clock;
        // Cancel a running load as soon as the host begins to stop, so that stopping does not wait for a whole load.
        _onStopping = lifetime.ApplicationStopping.Register(_stopping.Cancel);
    }

    /// <summary>The load running now, or null.</summary>
    public WarehouseLoad? Current => _current;

    /// <summary>The last load this service finished since it started, or null.</summary>
    public WarehouseLoad? Last => _last;

    /// <summary>Starts a load in the background and returns at once; null when a load is already running.</summary>
    public WarehouseLoad? TryStart(EtlOptions options)
    {
        if (!_gate.Wait(0)) return null;
        var load = Begin(options);
        _ = Task.Run(() => RunAsync(load, options, _stopping.Token));
        return load;
    }

    /// <summary>Runs a load to its end and returns how it ended; null when a load is already running.</summary>
    public async Task<WarehouseLoad?> TryRunAsync(EtlOptions options, CancellationToken ct)
    {
        if (!_gate.Wait(0)) return null;
        var load = Begin(options);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, _stopping.Token);
        return await RunAsync(load, options, linked.Token);
    }

    private WarehouseLoad Begin(EtlOptions options)
    {
        var load = new WarehouseLoad(options.Trigger, options.Full, _clock.GetUtcNow());
        _current = load;
        _log.LogInformation("{Message}", EtlMessages.Started(options));
        return load;
    }

    private async Task<WarehouseLoad> RunAsync(WarehouseLoad load, EtlOptions options, CancellationToken ct)
    {
        var finished = load;
        try
        {
            var result = await WarehouseEtl.RunAsync(_sourceConnectionString, _store, options with { Enrichments = _enrichments },
                new EtlProgressLog(_log), ct);
            finished = load with
            {
                Outcome = "succeeded", Message = EtlMessages.Live(result),
                SourceSnapshotUtc = result.SourceSnapshotUtc, Rows = result.TotalRows,
            };
            _log.LogInformation("{Message}", finished.Message);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            finished = load with { Outcome = "failed", Message = EtlMessages.Failed(EtlMessages.Cancelled) };
            _log.LogWarning("{Message}", finished.Message);
        }
        catch (EtlFailedException e)
        {
            finished = load with { Outcome = "failed", Message = EtlMessages.Failed(e.Message) };
            _log.LogError("{Message}", finished.Message);
        }
        catch (Exception e)
        {
            // Outside the engine's own handling (a bug, a full disk before the load began): the service stays up.
            finished = load with { Outcome = "failed", Message = EtlMessages.Failed(e.Message) };
            _log.LogError(e, "{Message}", finished.Message);
        }
        finally
        {
            finished = finished with { FinishedAt = _clock.GetUtcNow() };
            _last = finished;
            _current = null;
            _gate.Release();
        }
        return finished;
    }

    /// <summary>Cancels a running load and waits for it to end; the gate then stays closed, so no load starts after.</summary>
    public async ValueTask DisposeAsync()
    {
        await _onStopping.DisposeAsync();
        await _stopping.CancelAsync();
        await _gate.WaitAsync();
        _stopping.Dispose();
    }
}
