namespace Crm.Warehouse.Etl;

/// <summary>An operational table mirrored into the warehouse as raw_{Name}.</summary>
public sealed record SourceTable(string Name, IReadOnlyList<SourceColumn> Columns)
{
    public string RawName => "raw_" + Name;
}
