namespace Crm.ReportingApi.Features.Reports;

/// <summary>A report rendered in one form, with the as-of time of the version it was read from.</summary>
public sealed record CachedReport(byte[] Body, string ContentType, string FileName, DateTime? AsOfUtc);
