namespace Crm.ReportingApi.Features.Reports;

/// <summary>A report parameter as listed: kind, default, and its choices or range where it has them.</summary>
public sealed record ReportParameterInfo(string Name, string Kind, string Description, string? Default,
    IReadOnlyList<string>? Choices, int? Min, int? Max);
