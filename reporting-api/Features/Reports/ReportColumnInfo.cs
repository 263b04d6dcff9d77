namespace Crm.ReportingApi.Features.Reports;

/// <summary>A result column as listed.</summary>
public sealed record ReportColumnInfo(string Name, string Kind, string Description);
