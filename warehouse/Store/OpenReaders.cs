using System.Data;
using DuckDB.NET.Data;

namespace Crm.Warehouse.Store;

/// <summary>
/// Counts this process's open readers per version file. Another process holding a version open is kept out by
/// DuckDB's own file lock; inside one process that lock does not exist, so a load asks here before it writes the
/// standby file a slow reader might still have open from before the last switch.
/// </summary>
internal sealed class OpenReaders
{
    private readonly object _gate = new();
    private readonly Dictionary<string, int> _open = [];

    /// <summary>Resolves the live version and counts a reader on it in one step, so a switch cannot slip between.</summary>
    public string? Enter(Func<string?> resolveLive)
    {
        lock (_gate)
        {
            var version = resolveLive();
            if (version is not null) _open[version] = _open.GetValueOrDefault(version) + 1;
            return version;
        }
    }

    public void Leave(string version)
    {
        lock (_gate)
        {
            if (_open.TryGetValue(version, out var n)) _open[version] = n - 1;
            Monitor.PulseAll(_gate);
        }
    }

    public void ReleaseOnClose(DuckDBConnection conn, string version)
    {
        var released = 0;
        void Release()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) Leave(version);
        }
        conn.StateChange += (_, e) => { if (e.CurrentState == ConnectionState.Closed && e.OriginalState == ConnectionState.Open) Release(); };
        conn.Disposed += (_, _) => Release();
    }

    public void Switch(Action publish)
    {
        lock (_gate) publish();
    }

    public void WaitUntilUnread(string version, TimeSpan timeout, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + timeout;
        lock (_gate)
        {
            while (_open.GetValueOrDefault(version) > 0)
            {
                ct.ThrowIfCancellationRequested();
                if (DateTime.UtcNow > deadline)
                    throw new TimeoutException($"{Path.GetFileName(version)} is still being read after {timeout.TotalSeconds:F0} s");
                Monitor.Wait(_gate, TimeSpan.FromMilliseconds(200));
            }
        }
    }
}
