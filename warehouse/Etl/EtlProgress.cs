namespace Crm.Warehouse.Etl;

/// <summary>A step of a load: a table copied, a model built, a check run.</summary>
public sealed record EtlProgress(string Step, string Name, long Rows, TimeSpan Elapsed);
