namespace Crm.Ingest.Demo;

public sealed record DemoResult(IReadOnlyDictionary<string, long> RowsPerTable, long TotalRows, TimeSpan Elapsed)
{
    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? TotalRows / Elapsed.TotalSeconds : 0;
}
