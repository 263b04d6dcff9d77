namespace Crm.ReportingApi.Tests.Features.Imports;

/// <summary>The real host over a store of its own (imports write), with the S demo for references.</summary>
public sealed class ImportApp : AppOverOwnStore;
