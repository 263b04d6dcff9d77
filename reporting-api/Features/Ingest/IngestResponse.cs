namespace Crm.ReportingApi.Features.Ingest;

/// <summary>The record written: its id, created/updated/unchanged, and dedup's verdict on a new lead.</summary>
public sealed record IngestResponse(long Id, string Outcome, string? Dedup);
