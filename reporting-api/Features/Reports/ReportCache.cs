using System.Collections.Concurrent;
using Crm.Warehouse.Store;

namespace Crm.ReportingApi.Features.Reports;

/// <summary>
/// Rendered reports kept per warehouse version, report, arguments, scope and form. A version is the live file and
/// its last write: when a load publishes another, the first request to notice empties the cache, so nothing from
/// the old version is ever served with the new one's as-of time.
/// </summary>
public sealed class ReportCache(WarehouseStore store)
{
    // A bound, not a policy: a burst of distinct queries starts the cache afresh rather than growing it unchecked.
    private const int MaxEntries = 5_000;

    private readonly object _gate = new();
    private string? _version;
    private ConcurrentDictionary<string, CachedReport> _entries = new(StringComparer.Ordinal);

    /// <summary>Names the live version; null before the first load.</summary>
    public string? CurrentVersion()
    {
        var path = store.LiveVersionPath();
        if (path is null) return null;
        var info = new FileInfo(path);
        return info.Exists ? $"{path}@{info.LastWriteTimeUtc.Ticks}" : null;
    }

    public bool TryGet(string version, string key, out CachedReport report)
    {
        report = null!;
        return Entries(version).TryGetValue(key, out report!);
    }

    public void Put(string version, string key, CachedReport report)
    {
        var entries = Entries(version);
        if (entries.Count >= MaxEntries) entries.Clear();
        entries[key] = report;
    }

    private ConcurrentDictionary<string, CachedReport> Entries(string version)
    {
        lock (_gate)
        {
            if (_version != version)
            {
                _version = version;
                _entries = new ConcurrentDictionary<string, CachedReport>(StringComparer.Ordinal);
            }
            return _entries;
        }
    }
}
