namespace Crm.Ingest.Imports;

/// <summary>How far a long import is; bytes only for formats read sequentially (CSV).</summary>
public sealed record ImportProgress(long RowsRead, long RowsQuarantined, long BytesRead, long? TotalBytes);
