namespace Crm.Warehouse.Etl;

/// <summary>A step of a load (a table copied, a model built, the new version gone live) and how long that step took.</summary>
public sealed record EtlProgress(string Step, string Name, long Rows, TimeSpan Elapsed);
