namespace Crm.Ingest.Demo;

/// <param name="Table">The table being loaded when this was reported.</param>
/// <param name="Rows">Rows of that table loaded so far.</param>
/// <param name="TotalRowsSoFar">Rows of all tables loaded so far.</param>
/// <param name="RowsPerSecond">Average over the whole run so far.</param>
public sealed record DemoProgress(string Table, long Rows, long TotalRowsSoFar, double RowsPerSecond);
