using System.Diagnostics;

namespace Crm.Ingest.Demo;

/// <summary>Counts loaded rows per table and reports progress every 100,000 rows and when a table is done.</summary>
internal sealed class LoadMeter(IProgress<DemoProgress>? progress, CancellationToken ct)
{
    private const long ReportEvery = 100_000;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Dictionary<string, long> _rows = new();
    private long _total;
    private long _nextReport = ReportEvery;

    public long Total => _total;
    public TimeSpan Elapsed => _clock.Elapsed;
    public IReadOnlyDictionary<string, long> Rows => _rows;

    public void Count(string table)
    {
        _rows[table] = _rows.GetValueOrDefault(table) + 1;
        if (++_total < _nextReport) return;
        _nextReport += ReportEvery;
        ct.ThrowIfCancellationRequested();
        Report(table);
    }

    public void Register(string table) => _rows.TryAdd(table, 0);

    public void Finished(string table)
    {
        Register(table);
        Report(table);
    }

    private void Report(string table)
    {
        var seconds = _clock.Elapsed.TotalSeconds;
        progress?.Report(new DemoProgress(table, _rows.GetValueOrDefault(table), _total, seconds > 0 ? _total / seconds : 0));
    }
}
