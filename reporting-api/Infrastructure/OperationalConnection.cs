namespace Crm.ReportingApi.Infrastructure;

/// <summary>The operational store's connection string, as a service (so it is not read from configuration twice).</summary>
public sealed record OperationalConnection(string ConnectionString);
