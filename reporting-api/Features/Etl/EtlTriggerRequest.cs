namespace Crm.ReportingApi.Features.Etl;

/// <summary>The optional body of POST /api/admin/etl.</summary>
/// <param name="Full">Rebuild every table instead of moving only what changed since the last load.</param>
public sealed record EtlTriggerRequest(bool Full = false);
